package grafanahost

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
)

// liveRow is one sample of one series, read out of a Live packet in Grafana's wide layout (one
// row per time, one field per series and value field): the series' fields at one row.
type liveRow struct {
	// labels renders the series' field labels as {name="value", ...}, sorted by name; "" when not split.
	labels string
	timeMs int64
	// values renders the series' value cells in field order, "name=value", null as "name=null".
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
		if err := checkTimeOrder(frame); err != nil {
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
	if err := checkTimeOrder(frame); err != nil {
		return decodedPacket{}, err
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
	if err := checkTimeOrder(frame); err != nil {
		return nil, nil, err
	}
	rows, err := rowsOf(frame)
	return frame, rows, err
}

// checkLiveLayout: Grafana's wide layout, which @grafana/data's StreamingDataFrame reads in its
// "wide" push mode: time first, then value fields with names unique in the frame (values move to a
// new schema by name), each series' fields carrying its labels and the display name the direct path
// gives it. A query that is not split has one series: no field has labels.
func checkLiveLayout(frame *data.Frame) error {
	if len(frame.Fields) < 1 {
		return fmt.Errorf("frame has no fields; want time first")
	}
	tm := frame.Fields[0]
	if tm.Name != "time" || (tm.Type() != data.FieldTypeTime && tm.Type() != data.FieldTypeNullableTime) {
		return fmt.Errorf("first field is %s:%s; want time:time", tm.Name, tm.Type())
	}
	names := map[string]bool{}
	labelled := 0
	for _, field := range frame.Fields[1:] {
		if field.Name == "labels" {
			return fmt.Errorf("a labels field: the frame is in Grafana's labels layout, not the wide one")
		}
		if names[field.Name] {
			return fmt.Errorf("field name %q twice: Grafana moves values to a new schema by name", field.Name)
		}
		names[field.Name] = true
		if len(field.Labels) > 0 {
			labelled++
			if field.Config == nil || field.Config.DisplayNameFromDS == "" {
				return fmt.Errorf("field %q has labels %v but no display name", field.Name, field.Labels)
			}
		}
	}
	if labelled != 0 && labelled != len(frame.Fields)-1 {
		return fmt.Errorf("%d of %d value fields have labels: a split query labels every series", labelled, len(frame.Fields)-1)
	}
	return nil
}

// checkTimeOrder: a frame's rows go forward in time, as the direct path's sorted rings do (a graph
// joins its points in row order).
func checkTimeOrder(frame *data.Frame) error {
	var last time.Time
	for i := 0; i < frame.Rows(); i++ {
		v, ok := frame.Fields[0].ConcreteAt(i)
		if !ok {
			return fmt.Errorf("row %d has no time", i)
		}
		at := v.(time.Time)
		if at.Before(last) {
			return fmt.Errorf("row %d at %v is before the row above it (%v): a packet's rows must be in time order", i, at, last)
		}
		last = at
	}
	return nil
}

// valueName is a field's value path: its name without the labels that make it unique in the frame.
func valueName(field *data.Field) string {
	if len(field.Labels) > 0 {
		if i := strings.LastIndex(field.Name, " {"); i > 0 {
			return field.Name[:i]
		}
	}
	return field.Name
}

// labelsText renders labels as {name="value", ...}, sorted by name.
func labelsText(labels data.Labels) string {
	if len(labels) == 0 {
		return ""
	}
	names := make([]string, 0, len(labels))
	for name := range labels {
		names = append(names, name)
	}
	sort.Strings(names)
	pairs := make([]string, len(names))
	for i, name := range names {
		pairs[i] = fmt.Sprintf("%s=%q", name, labels[name])
	}
	return "{" + strings.Join(pairs, ", ") + "}"
}

// cellValue is a cell's value; false for null and NaN (a series not sampled at this row's time
// travels as the Undef entity, which Go's reader takes as NaN).
func cellValue(field *data.Field, i int) (any, bool) {
	v, ok := field.ConcreteAt(i)
	if !ok {
		return nil, false
	}
	if f, isFloat := v.(float64); isFloat && math.IsNaN(f) {
		return nil, false
	}
	return v, true
}

// rowsOf reads each row's samples: one liveRow per series with a value at that row's time.
func rowsOf(frame *data.Frame) ([]liveRow, error) {
	type series struct {
		labels string
		fields []*data.Field
	}
	var order []*series
	byLabels := map[string]*series{}
	for _, field := range frame.Fields[1:] {
		key := labelsText(field.Labels)
		s, ok := byLabels[key]
		if !ok {
			s = &series{labels: key}
			byLabels[key] = s
			order = append(order, s)
		}
		s.fields = append(s.fields, field)
	}
	rows := make([]liveRow, 0, frame.Rows())
	for i := 0; i < frame.Rows(); i++ {
		at, ok := frame.Fields[0].ConcreteAt(i)
		if !ok {
			return nil, fmt.Errorf("row %d has no time", i)
		}
		for _, s := range order {
			var cells []string
			sampled := false
			for _, field := range s.fields {
				if v, ok := cellValue(field, i); ok {
					sampled = true
					cells = append(cells, fmt.Sprintf("%s=%v", valueName(field), v))
				} else {
					cells = append(cells, valueName(field)+"=null")
				}
			}
			if sampled {
				rows = append(rows, liveRow{labels: s.labels, timeMs: at.(time.Time).UnixMilli(), values: strings.Join(cells, ",")})
			}
		}
	}
	return rows, nil
}

// parseLabels reads labels rendered by labelsText, `{device="d1", topic="a/b"}`; "" is no labels.
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
