package grafanahost

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

type queryModel map[string]any

func dataQuery(refID string, model queryModel, from, to int64, maxDataPoints, intervalMs int64) *pluginv2.DataQuery {
	raw, _ := json.Marshal(model)
	return &pluginv2.DataQuery{
		RefId:         refID,
		Json:          raw,
		MaxDataPoints: maxDataPoints,
		IntervalMS:    intervalMs,
		TimeRange:     &pluginv2.TimeRange{FromEpochMS: from, ToEpochMS: to},
	}
}

func queryData(t *testing.T, h *host, pc *pluginv2.PluginContext, headers map[string]string, queries ...*pluginv2.DataQuery) map[string]*pluginv2.DataResponse {
	t.Helper()
	res, err := h.data.QueryData(ctx(t), &pluginv2.QueryDataRequest{PluginContext: pc, Headers: headers, Queries: queries})
	if err != nil {
		t.Fatalf("QueryData: %v", err)
	}
	return res.Responses
}

// frames decodes a response's frames with the Go SDK's Arrow reader, as Grafana does.
func frames(t *testing.T, res *pluginv2.DataResponse) data.Frames {
	t.Helper()
	if res == nil {
		t.Fatal("no response for the query")
	}
	if res.Error != "" {
		t.Fatalf("query failed: %s (status %d, source %s)", res.Error, res.Status, res.ErrorSource)
	}
	decoded, err := data.UnmarshalArrowFrames(res.Frames)
	if err != nil {
		t.Fatalf("UnmarshalArrowFrame: %v", err)
	}
	return decoded
}

func floatAt(t *testing.T, field *data.Field, row int) float64 {
	t.Helper()
	v, ok := field.ConcreteAt(row)
	if !ok {
		return math.NaN()
	}
	return v.(float64)
}

// expectedBuckets computes what the fixture's line looks like downsampled: bucket starts and the
// values of each bucket, for a range [from, to] and a bucket width.
func expectedBuckets(f fixture, from, width int64) (starts []int64, values [][]float64) {
	index := map[int64]int{}
	for i := 0; i < f.fixtureSamples; i++ {
		ts := f.fixtureBase + int64(i)*1000
		start := from + ((ts-from)/width)*width
		k, ok := index[start]
		if !ok {
			k = len(starts)
			index[start] = k
			starts = append(starts, start)
			values = append(values, nil)
		}
		values[k] = append(values[k], float64(i))
	}
	return starts, values
}

func bucketWidth(from, to, maxDataPoints, intervalMs int64) int64 {
	width := (to - from + 1 + maxDataPoints - 1) / maxDataPoints
	if intervalMs > width {
		width = intervalMs
	}
	return width
}

func TestQueryData(t *testing.T) {
	f := loadFixture(t)
	h := launch(t, f)
	viewer := withUser(settings("query", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken}), "viewer", "Viewer")
	from := f.fixtureBase
	to := time.Now().UnixMilli()

	t.Run("whole history when it fits: one wide frame per topic, labelled", func(t *testing.T) {
		res := queryData(t, h, viewer, nil, dataQuery("A", queryModel{"topic": "fixture/+/line"}, from, to, 1000, 1000))
		fs := frames(t, res["A"])
		if len(fs) != 2 {
			t.Fatalf("%d frames, want one per device topic (2)", len(fs))
		}
		for i, device := range []string{"dev-a", "dev-b"} {
			frame := fs[i]
			topic := "fixture/" + device + "/line"
			if frame.Name != topic || frame.RefID != "A" {
				t.Errorf("frame %d is %q (refId %q), want %q (A)", i, frame.Name, frame.RefID, topic)
			}
			if got := frame.Rows(); got != f.fixtureSamples {
				t.Errorf("%s has %d rows, want %d", topic, got, f.fixtureSamples)
			}
			if len(frame.Fields) != 3 || frame.Fields[0].Type() != data.FieldTypeTime ||
				frame.Fields[1].Type() != data.FieldTypeNullableFloat64 || frame.Fields[2].Type() != data.FieldTypeNullableFloat64 {
				t.Fatalf("fields of %s: %v", topic, fieldTypes(frame))
			}
			if frame.Fields[1].Name != "value" || frame.Fields[2].Name != "double" {
				t.Errorf("field names %q, %q", frame.Fields[1].Name, frame.Fields[2].Name)
			}
			if frame.Fields[1].Labels["topic"] != topic {
				t.Errorf("labels %v, want topic=%s", frame.Fields[1].Labels, topic)
			}
			first := frame.Fields[0].At(0).(time.Time)
			if first.UnixMilli() != f.fixtureBase {
				t.Errorf("first time %v (%d ms), want %d ms: timestamps must be read as nanoseconds", first, first.UnixMilli(), f.fixtureBase)
			}
			if floatAt(t, frame.Fields[1], 0) != 0 || floatAt(t, frame.Fields[2], f.fixtureSamples-1) != float64(2*(f.fixtureSamples-1)) {
				t.Errorf("values do not match what was published")
			}
			if frame.TimeSeriesSchema().Type != data.TimeSeriesTypeWide {
				t.Errorf("frame is not a wide time series for Grafana")
			}
		}
	})

	t.Run("downsampled to maxDataPoints with the average by default", func(t *testing.T) {
		const maxDataPoints = 50
		res := queryData(t, h, viewer, nil, dataQuery("B", queryModel{"topic": "fixture/dev-a/line", "fields": []string{"value"}}, from, to, maxDataPoints, 1000))
		fs := frames(t, res["B"])
		if len(fs) != 1 || len(fs[0].Fields) != 2 {
			t.Fatalf("want one frame with time and value, got %d frames", len(fs))
		}
		width := bucketWidth(from, to, maxDataPoints, 1000)
		starts, values := expectedBuckets(f, from, width)
		frame := fs[0]
		if frame.Rows() != len(starts) || frame.Rows() > maxDataPoints {
			t.Fatalf("%d rows, want %d (≤ %d)", frame.Rows(), len(starts), maxDataPoints)
		}
		for row := range starts {
			if got := frame.Fields[0].At(row).(time.Time).UnixMilli(); got != starts[row] {
				t.Fatalf("row %d at %d, want bucket start %d", row, got, starts[row])
			}
			sum := 0.0
			for _, v := range values[row] {
				sum += v
			}
			if got, want := floatAt(t, frame.Fields[1], row), sum/float64(len(values[row])); math.Abs(got-want) > 1e-9 {
				t.Fatalf("row %d average %v, want %v", row, got, want)
			}
		}
	})

	t.Run("each aggregation over intervalMs buckets", func(t *testing.T) {
		const interval = 10_000
		width := bucketWidth(from, to, 1000, interval)
		starts, values := expectedBuckets(f, from, width)
		reduce := map[string]func([]float64) float64{
			"last": func(v []float64) float64 { return v[len(v)-1] },
			"min":  func(v []float64) float64 { return v[0] },
			"max":  func(v []float64) float64 { return v[len(v)-1] },
			"sum": func(v []float64) float64 {
				s := 0.0
				for _, x := range v {
					s += x
				}
				return s
			},
			"count": func(v []float64) float64 { return float64(len(v)) },
			"avg": func(v []float64) float64 {
				s := 0.0
				for _, x := range v {
					s += x
				}
				return s / float64(len(v))
			},
		}
		var queries []*pluginv2.DataQuery
		for name := range reduce {
			queries = append(queries, dataQuery(name, queryModel{"topic": "fixture/dev-b/line", "fields": []string{"value"}, "aggregation": name}, from, to, 1000, interval))
		}
		res := queryData(t, h, viewer, nil, queries...)
		for name, fn := range reduce {
			fs := frames(t, res[name])
			if len(fs) != 1 || fs[0].Rows() != len(starts) {
				t.Fatalf("%s: want 1 frame of %d rows", name, len(starts))
			}
			for row := range starts {
				if got, want := floatAt(t, fs[0].Fields[1], row), fn(values[row]); math.Abs(got-want) > 1e-9 {
					t.Fatalf("%s row %d = %v, want %v", name, row, got, want)
				}
			}
		}
	})

	t.Run("split by device labels each series with its device", func(t *testing.T) {
		res := queryData(t, h, viewer, nil, dataQuery("D", queryModel{"topic": "fixture/#", "splitBy": "device", "fields": []string{"double"}}, from, to, 1000, 1000))
		fs := frames(t, res["D"])
		if len(fs) != 2 || fs[0].Fields[1].Labels["device"] != "dev-a" || fs[1].Fields[1].Labels["device"] != "dev-b" {
			t.Fatalf("want frames labelled device=dev-a and dev-b, got %d frames", len(fs))
		}
	})

	t.Run("live telemetry from the simulator", func(t *testing.T) {
		now := time.Now().UnixMilli()
		res := queryData(t, h, viewer, nil, dataQuery("S", queryModel{"topic": "site/" + f.site + "/device/+/temperature"}, now-5*60_000, now, 500, 100))
		fs := frames(t, res["S"])
		if len(fs) != f.devices {
			t.Fatalf("%d frames, want one per simulated device (%d)", len(fs), f.devices)
		}
		for _, frame := range fs {
			if frame.Rows() == 0 || frame.Fields[1].Name != "celsius" || !strings.HasPrefix(frame.Fields[1].Labels["topic"], "site/"+f.site+"/device/") {
				t.Errorf("frame %s: %d rows, field %q, labels %v", frame.Name, frame.Rows(), frame.Fields[1].Name, frame.Fields[1].Labels)
			}
		}
	})
}

// An alert rule's query: Grafana sends FromAlert and no user; the answer must be numeric series with labels.
func TestAlertQuery(t *testing.T) {
	f := loadFixture(t)
	h := launch(t, f)
	grafana := settings("alert", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken})
	headers := map[string]string{"FromAlert": "true", "X-Rule-Uid": "rule-1", "X-Grafana-Org-Id": "1"}
	now := time.Now().UnixMilli()
	// What a rule "max temperature per device over the last minute" sends (alerting's defaults: 43,200 points, 1 s).
	res := queryData(t, h, grafana, headers, dataQuery("A", queryModel{
		"topic": "site/" + f.site + "/device/+/temperature", "splitBy": "device", "fields": []string{"celsius"}, "aggregation": "max",
	}, now-60_000, now, 43_200, 1000))
	fs := frames(t, res["A"])
	if len(fs) != f.devices {
		t.Fatalf("%d series, want one per device (%d)", len(fs), f.devices)
	}
	seen := map[string]bool{}
	for _, frame := range fs {
		if frame.TimeSeriesSchema().Type != data.TimeSeriesTypeWide {
			t.Fatalf("frame %s is not a time series alerting can read", frame.Name)
		}
		field := frame.Fields[1]
		if field.Type() != data.FieldTypeNullableFloat64 {
			t.Errorf("value type %v, want nullable float64", field.Type())
		}
		device := field.Labels["device"]
		if !strings.HasPrefix(device, "sim-") || seen[device] {
			t.Errorf("labels %v do not tell the device apart", field.Labels)
		}
		seen[device] = true
		last, ok := field.ConcreteAt(frame.Rows() - 1)
		if !ok || math.IsNaN(last.(float64)) {
			t.Errorf("series %s has no latest value to alert on", device)
		}
	}
}

// Bad queries get a clear DataResponse error each; the good one beside them is answered, and the process keeps serving.
func TestQueryDataBadInput(t *testing.T) {
	f := loadFixture(t)
	h := launch(t, f)
	pc := settings("bad", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken})
	now := time.Now().UnixMilli()
	good := dataQuery("good", queryModel{"topic": "fixture/dev-a/line"}, f.fixtureBase, now, 100, 1000)
	malformed := &pluginv2.DataQuery{RefId: "malformed", Json: []byte("{\"topic\": "), MaxDataPoints: 100, TimeRange: &pluginv2.TimeRange{FromEpochMS: now - 1000, ToEpochMS: now}}
	cases := map[string]struct {
		query *pluginv2.DataQuery
		words string
	}{
		"malformed": {malformed, "not valid JSON"},
		"unknown":   {dataQuery("unknown", queryModel{"topic": "a/b", "colour": "red"}, now-1000, now, 100, 1000), `unknown query field "colour"`},
		"reversed":  {dataQuery("reversed", queryModel{"topic": "a/b"}, now, now-60_000, 100, 1000), "empty or reversed"},
		"absurd":    {dataQuery("absurd", queryModel{"topic": "a/b"}, 1, now, 100, 1000), "longer than a year"},
		"huge":      {dataQuery("huge", queryModel{"topic": "a/b"}, now-1000, now, 1_000_000_000, 1000), "maxDataPoints"},
		"filter":    {dataQuery("filter", queryModel{"topic": "a/#/b"}, now-1000, now, 100, 1000), "#"},
		"notopic":   {dataQuery("notopic", queryModel{}, now-1000, now, 100, 1000), "no topic"},
		"aggregate": {dataQuery("aggregate", queryModel{"topic": "a/b", "aggregation": "median"}, now-1000, now, 100, 1000), "aggregation"},
	}
	queries := []*pluginv2.DataQuery{good}
	for _, c := range cases {
		queries = append(queries, c.query)
	}
	res := queryData(t, h, pc, nil, queries...)
	if fs := frames(t, res["good"]); len(fs) != 1 || fs[0].Rows() == 0 {
		t.Fatalf("the good query beside the bad ones was not answered")
	}
	for name, c := range cases {
		r := res[c.query.RefId]
		if r == nil || r.Error == "" {
			t.Errorf("%s: no error", name)
			continue
		}
		if r.Status != 400 || r.ErrorSource != "plugin" || !strings.Contains(r.Error, c.words) {
			t.Errorf("%s: status %d, source %q, error %q (want 400, plugin, containing %q)", name, r.Status, r.ErrorSource, r.Error, c.words)
		}
	}

	down := queryData(t, h, settings("down", map[string]any{"brokerAddress": f.unreachable, "requestTimeoutMs": 1000}, nil), nil, dataQuery("A", queryModel{"topic": "a/b"}, now-1000, now, 100, 1000))
	if r := down["A"]; r.Error == "" || r.ErrorSource != "downstream" || r.Status < 500 {
		t.Errorf("an unreachable broker gave status %d, source %q, error %q; want 5xx downstream", r.Status, r.ErrorSource, r.Error)
	}

	if fs := frames(t, queryData(t, h, pc, nil, good)["good"]); len(fs) != 1 {
		t.Fatal("the backend stopped answering after bad input")
	}
}

func fieldTypes(frame *data.Frame) []string {
	var types []string
	for _, field := range frame.Fields {
		types = append(types, field.Name+":"+field.Type().String())
	}
	return types
}
