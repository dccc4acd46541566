package grafanahost

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
)

// liveRow is one sample of one series as a Live packet carries it in "labels" push mode.
type liveRow struct {
	labels string
	timeMs int64
	// values renders the value cells in field order, "name=value", null as "name=null".
	values string
}

// key identifies a sample: the same series, time and values twice is a duplicate.
func (r liveRow) key() string {
	return fmt.Sprintf("%s|%d|%s", r.labels, r.timeMs, r.values)
}

// liveFrameReader decodes a channel's packets with the Go SDK's frame JSON reader, the way a consumer
// of Grafana Live does: a packet with a schema replaces the schema (and its meta), a data-only packet
// is appended under the last schema (data.AppendJSONData refuses a schema in it).
type liveFrameReader struct {
	schema        *data.Frame
	schemaPackets int
	dataPackets   int
}

type decodedPacket struct {
	hasSchema bool
	rows      []liveRow
	notices   []data.Notice
}

func (r *liveFrameReader) read(raw []byte) (decodedPacket, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return decodedPacket{}, fmt.Errorf("packet is not a JSON object: %v: %.200s", err, raw)
	}
	for key := range top {
		if key != "schema" && key != "data" {
			return decodedPacket{}, fmt.Errorf("packet has a top-level %q: Grafana's frame JSON has only schema and data", key)
		}
	}
	if _, ok := top["schema"]; ok {
		frame := &data.Frame{}
		if err := frame.UnmarshalJSON(raw); err != nil {
			return decodedPacket{}, fmt.Errorf("frame JSON with schema does not decode: %v: %.300s", err, raw)
		}
		if err := checkLiveLayout(frame); err != nil {
			return decodedPacket{}, err
		}
		r.schema = frame.EmptyCopy()
		r.schemaPackets++
		rows, err := rowsOf(frame)
		packet := decodedPacket{hasSchema: true, rows: rows}
		if frame.Meta != nil {
			packet.notices = frame.Meta.Notices
		}
		return packet, err
	}
	if r.schema == nil {
		return decodedPacket{}, fmt.Errorf("a data-only packet came before any schema: %.200s", raw)
	}
	frame := r.schema.EmptyCopy()
	if err := data.AppendJSONData(frame, raw); err != nil {
		return decodedPacket{}, fmt.Errorf("data-only packet does not decode under the last schema: %v: %.300s", err, raw)
	}
	r.dataPackets++
	rows, err := rowsOf(frame)
	return decodedPacket{rows: rows}, err
}

// decodeInitial reads SubscribeStream's initial data: a whole frame (schema and data) of the same layout.
func decodeInitial(raw []byte) (*data.Frame, []liveRow, error) {
	frame := &data.Frame{}
	if err := frame.UnmarshalJSON(raw); err != nil {
		return nil, nil, fmt.Errorf("initial data is not frame JSON: %v: %.300s", err, raw)
	}
	if err := checkLiveLayout(frame); err != nil {
		return nil, nil, err
	}
	rows, err := rowsOf(frame)
	return frame, rows, err
}

// checkLiveLayout: labels (string), time (time), then value fields, which @grafana/data's
// StreamingDataFrame reads in its "labels" push mode (a string field "labels" first, time second).
func checkLiveLayout(frame *data.Frame) error {
	if len(frame.Fields) < 3 {
		return fmt.Errorf("frame has fields %v; want labels, time and at least one value field", fieldTypes(frame))
	}
	labels, tm := frame.Fields[0], frame.Fields[1]
	if labels.Name != "labels" || (labels.Type() != data.FieldTypeString && labels.Type() != data.FieldTypeNullableString) {
		return fmt.Errorf("first field is %s:%s; want labels:string", labels.Name, labels.Type())
	}
	if tm.Name != "time" || (tm.Type() != data.FieldTypeTime && tm.Type() != data.FieldTypeNullableTime) {
		return fmt.Errorf("second field is %s:%s; want time:time", tm.Name, tm.Type())
	}
	return nil
}

func rowsOf(frame *data.Frame) ([]liveRow, error) {
	rows := make([]liveRow, 0, frame.Rows())
	for i := 0; i < frame.Rows(); i++ {
		label, ok := frame.Fields[0].ConcreteAt(i)
		if !ok {
			return nil, fmt.Errorf("row %d has no labels", i)
		}
		at, ok := frame.Fields[1].ConcreteAt(i)
		if !ok {
			return nil, fmt.Errorf("row %d has no time", i)
		}
		var cells []string
		for _, field := range frame.Fields[2:] {
			if v, ok := field.ConcreteAt(i); ok {
				cells = append(cells, fmt.Sprintf("%s=%v", field.Name, v))
			} else {
				cells = append(cells, field.Name+"=null")
			}
		}
		rows = append(rows, liveRow{labels: label.(string), timeMs: at.(time.Time).UnixMilli(), values: strings.Join(cells, ",")})
	}
	return rows, nil
}

// parseLabels reads the Prometheus-style labels cell `{device="d1", topic="a/b"}`; "" is no labels.
func parseLabels(cell string) (map[string]string, error) {
	if cell == "" {
		return map[string]string{}, nil
	}
	if !strings.HasPrefix(cell, "{") || !strings.HasSuffix(cell, "}") {
		return nil, fmt.Errorf("labels %q are not in the {name=\"value\", ...} form", cell)
	}
	labels := map[string]string{}
	body := strings.TrimSpace(cell[1 : len(cell)-1])
	if body == "" {
		return labels, nil
	}
	for _, pair := range strings.Split(body, ",") {
		name, quoted, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if !ok || len(quoted) < 2 || quoted[0] != '"' || quoted[len(quoted)-1] != '"' {
			return nil, fmt.Errorf("labels %q: %q is not name=\"value\"", cell, pair)
		}
		labels[name] = quoted[1 : len(quoted)-1]
	}
	return labels, nil
}
