package grafanahost

import (
	"strings"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

func liveSettings(f fixture, uid string) *pluginv2.PluginContext {
	return settings(uid, map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken})
}

// A panel on `site/<site>/#` split by device, as Grafana runs it: SubscribeStream for the viewer (its
// history as the initial frame), then RunStream for the channel; every packet decoded with the SDK.
func TestLiveStreamWildcard(t *testing.T) {
	f := loadFixture(t)
	live := loadLive(t)
	h := launch(t, f)
	viewer := withUser(liveSettings(f, "live"), "vera", "Viewer")
	channel := live.channel(t, "wildcard")
	since := time.Now().Add(-10 * time.Second).UnixMilli()
	subscription := subscribeData(since, nil)

	res := subscribeStream(t, h, viewer, channel.Path, subscription)
	if res.Status != pluginv2.SubscribeStreamResponse_OK {
		t.Fatalf("SubscribeStream %s: status %v, want OK", channel.Path, res.Status)
	}
	_, initial, err := decodeInitial(res.Data)
	if err != nil {
		t.Fatal(err)
	}
	if len(initial) == 0 {
		t.Fatal("the initial frame has no rows: the viewer's last 10 s of history are missing")
	}
	devices := map[string]bool{}
	lastInitial := map[string]int64{}
	for _, row := range initial {
		labels, err := parseLabels(row.labels)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(labels["device"], "sim-") || !strings.HasPrefix(labels["topic"], "site/"+f.site+"/device/") {
			t.Fatalf("initial row labels %q: want a simulated device and its topic", row.labels)
		}
		devices[labels["device"]] = true
		// The history starts where the viewer asked (event times: allow the simulator's clock a second).
		if row.timeMs < since-1000 {
			t.Fatalf("initial row at %d is before the viewer's start %d", row.timeMs, since)
		}
		if row.timeMs > lastInitial[row.labels] {
			lastInitial[row.labels] = row.timeMs
		}
	}
	if len(devices) != f.devices {
		t.Errorf("initial data covers %d devices, want %d", len(devices), f.devices)
	}

	// Two and a half seconds between the subscription and the stream: whatever arrives meanwhile must
	// still reach the panel once, so the history and the live rows join without a seam.
	time.Sleep(2500 * time.Millisecond)
	stream := runStream(t, h, viewer, channel.Path, subscription)
	stream.waitRows(t, 30, 15*time.Second)
	started := time.Now()
	_, _, packetsAtStart, _, _ := stream.snapshot()
	time.Sleep(3 * time.Second)
	rows, notices, packets, runErrs, bad := stream.snapshot()
	if bad != nil {
		t.Fatal(bad)
	}
	if len(runErrs) > 0 {
		t.Fatalf("RunStream failed and had to be re-established: %v", runErrs)
	}
	stream.stop()

	// Grafana's streaming form: the schema first (the reader refuses a data-only first packet), then data-only.
	if stream.reader.dataPackets == 0 || stream.reader.schemaPackets*2 > packets {
		t.Errorf("%d packets, %d with a schema: want the schema only in the first and when it changes", packets, stream.reader.schemaPackets)
	}
	// Batched to the spec's maxUpdateHz (10): at most ~10 packets a second.
	if rate := float64(packets-packetsAtStart) / time.Since(started).Seconds(); rate > 12 {
		t.Errorf("%.1f packets/s, want at most the channel's 10 per second", rate)
	}
	if len(notices) > 0 {
		t.Errorf("notices on a healthy stream: %v", notices)
	}

	if repeated := duplicates(append(append([]liveRow(nil), initial...), rows...)); len(repeated) > 0 {
		t.Errorf("%d rows came twice (initial data and packets together), e.g. %s", len(repeated), repeated[0])
	}
	firstLive := map[string]int64{}
	lastLive := map[string]int64{}
	for _, row := range rows {
		if _, ok := firstLive[row.labels]; !ok {
			firstLive[row.labels] = row.timeMs
		}
		if row.timeMs < lastLive[row.labels] {
			t.Fatalf("series %s went back in time: %d after %d", row.labels, row.timeMs, lastLive[row.labels])
		}
		lastLive[row.labels] = row.timeMs
	}
	advanced := 0
	for series, last := range lastInitial {
		first, ok := firstLive[series]
		if !ok {
			t.Errorf("series %s of the initial data never got a live row", series)
			continue
		}
		// The simulator publishes every 100 ms: a hole of two seconds means rows were skipped at the join
		// (a loaded machine may delay a tick, never by the 2.5 s the stream started late).
		if first-last > 2000 {
			t.Errorf("series %s: last initial row at %d, first live row at %d: a %d ms seam", series, last, first, first-last)
		}
		if lastLive[series] > last+1000 {
			advanced++
		}
	}
	if advanced < len(lastInitial) {
		t.Errorf("%d of %d series advanced by more than a second while streaming", advanced, len(lastInitial))
	}
}

// A query that is not split, on a filter that several devices' topics match: one series without
// labels, as the direct path shows it (not one series per topic, and not rows out of time order).
func TestLiveStreamSplitNone(t *testing.T) {
	f := loadFixture(t)
	live := loadLive(t)
	h := launch(t, f)
	viewer := withUser(liveSettings(f, "live"), "vera", "Viewer")
	channel := live.channel(t, "splitNone")
	subscription := subscribeData(time.Now().Add(-5*time.Second).UnixMilli(), nil)
	res := subscribeStream(t, h, viewer, channel.Path, subscription)
	if res.Status != pluginv2.SubscribeStreamResponse_OK {
		t.Fatalf("SubscribeStream: status %v, want OK", res.Status)
	}
	frame, initial, err := decodeInitial(res.Data)
	if err != nil {
		t.Fatal(err)
	}
	if len(initial) < f.devices {
		t.Fatalf("the initial frame has %d rows; want at least one per device (%d)", len(initial), f.devices)
	}
	wantFields := func(frame *data.Frame) {
		t.Helper()
		var names []string
		for _, field := range frame.Fields {
			names = append(names, field.Name)
			if len(field.Labels) > 0 {
				t.Errorf("field %q has labels %v; a query that is not split has one series without labels", field.Name, field.Labels)
			}
		}
		if strings.Join(names, ",") != "time,celsius" {
			t.Errorf("fields %v; want time and celsius: one series", names)
		}
	}
	wantFields(frame)

	stream := runStream(t, h, viewer, channel.Path, subscription)
	rows := stream.waitRows(t, 3*f.devices, 15*time.Second)
	_, _, _, _, bad := stream.snapshot()
	if bad != nil {
		t.Fatal(bad)
	}
	stream.stop()
	for _, row := range append(initial, rows...) {
		if row.labels != "" || !strings.HasPrefix(row.values, "celsius=") {
			t.Fatalf("row %+v; want one unlabelled series of celsius", row)
		}
	}
	wantFields(stream.reader.schema)
}

// Two viewers of one channel: one upstream broker subscription, counted at the broker; the upstream
// ends once the stream is cancelled (after the backend's linger).
func TestLiveStreamSharesOneUpstream(t *testing.T) {
	f := loadFixture(t)
	live := loadLive(t)
	h := launch(t, f)
	channel := live.channel(t, "wildcardFast")
	base := liveSettings(f, "live")
	viewers := []*pluginv2.PluginContext{withUser(base, "vera", "Viewer"), withUser(base, "ed", "Editor")}
	before := settledSubscribers(t, live.brokerMetrics)

	for _, viewer := range viewers {
		// Each viewer's own history start; the channel is the same.
		data := subscribeData(time.Now().Add(-5*time.Second).UnixMilli(), nil)
		if res := subscribeStream(t, h, viewer, channel.Path, data); res.Status != pluginv2.SubscribeStreamResponse_OK {
			t.Fatalf("SubscribeStream for %s: %v", viewer.User.Login, res.Status)
		}
	}
	// Grafana runs the channel once, with the first subscriber's request.
	first := runStream(t, h, viewers[0], channel.Path, subscribeData(time.Now().Add(-5*time.Second).UnixMilli(), nil))
	first.waitRows(t, 10, 15*time.Second)
	if !eventually(5*time.Second, func() bool { return mustSubscribers(t, live.brokerMetrics) == before+1 }) {
		t.Fatalf("broker subscriptions %d with the channel running, want %d (one more than before)", mustSubscribers(t, live.brokerMetrics), before+1)
	}

	// Grafana re-establishing the channel (a new RunStream while the old call has not ended yet)
	// shares the same upstream too.
	second := runStream(t, h, viewers[1], channel.Path, subscribeData(0, nil))
	second.waitRows(t, 10, 15*time.Second)
	time.Sleep(time.Second)
	if n := mustSubscribers(t, live.brokerMetrics); n != before+1 {
		t.Fatalf("broker subscriptions %d with two RunStreams of one channel, want %d", n, before+1)
	}

	first.stop()
	second.stop()
	stopped := time.Now()
	if !eventually(30*time.Second, func() bool { return mustSubscribers(t, live.brokerMetrics) == before }) {
		t.Fatalf("broker subscriptions still %d 30 s after the stream was cancelled, want %d", mustSubscribers(t, live.brokerMetrics), before)
	}
	t.Logf("the upstream subscription ended %v after the stream was cancelled", time.Since(stopped).Round(100*time.Millisecond))
}

// What the backend refuses, with the status Grafana understands.
func TestLiveStreamRefusals(t *testing.T) {
	f := loadFixture(t)
	live := loadLive(t)
	h := launch(t, f)
	base := liveSettings(f, "live")
	viewer := withUser(base, "vera", "Viewer")
	admin := withUser(base, "ada", "Admin")
	wildcard := live.channel(t, "wildcard")
	hashed := live.channel(t, "hashed")
	if !strings.HasPrefix(hashed.Path, "h1/") {
		t.Fatalf("the hashed fixture's path %q is not a hash: make its spec longer", hashed.Path)
	}

	t.Run("PublishStream is refused, even for an Admin", func(t *testing.T) {
		res, err := h.stream.PublishStream(ctx(t), &pluginv2.PublishStreamRequest{PluginContext: admin, Path: wildcard.Path, Data: []byte(`{"value":1}`)})
		if err != nil {
			t.Fatalf("PublishStream: the call failed (%v); want a PERMISSION_DENIED status", err)
		}
		if res.Status != pluginv2.PublishStreamResponse_PERMISSION_DENIED {
			t.Fatalf("PublishStream: status %v, want PERMISSION_DENIED", res.Status)
		}
	})

	t.Run("a hashed path with its spec in the subscription data", func(t *testing.T) {
		subscription := subscribeData(0, hashed.Spec)
		res := subscribeStream(t, h, viewer, hashed.Path, subscription)
		if res.Status != pluginv2.SubscribeStreamResponse_OK {
			t.Fatalf("status %v, want OK", res.Status)
		}
		// Live only (no sinceMs): the initial data may be empty; when sent, it is frame JSON.
		if len(res.Data) > 0 {
			if err := (&data.Frame{}).UnmarshalJSON(res.Data); err != nil {
				t.Fatalf("initial data is not frame JSON: %v: %.200s", err, res.Data)
			}
		}
		stream := runStream(t, h, viewer, hashed.Path, subscription)
		for _, row := range stream.waitRows(t, 5, 15*time.Second) {
			labels, err := parseLabels(row.labels)
			if err != nil || !strings.HasSuffix(labels["topic"], "/temperature") || !strings.HasPrefix(row.values, "celsius=") {
				t.Fatalf("row %+v does not belong to the hashed channel's temperature query", row)
			}
		}
		stream.stop()
	})

	otherSpec := strings.Replace(string(hashed.Spec), "temperature", "humidity", 1)
	notFound := map[string]struct {
		path string
		data []byte
		pc   *pluginv2.PluginContext
	}{
		"no version":                       {"garbage", nil, viewer},
		"characters Grafana forbids":       {"v1/not+base64", nil, viewer},
		"an unknown version":               {"v9/WzFd", nil, viewer},
		"base64url that is not a spec":     {"v1/bm90IGEgc3BlYw", nil, viewer},
		"a version 1 array of wrong shape": {"v1/WzEsImEvYiJd", nil, viewer},
		"a hashed path without its spec":   {hashed.Path, subscribeData(0, nil), viewer},
		"a hashed path with another spec":  {hashed.Path, subscribeData(0, []byte(otherSpec)), viewer},
		"no datasource in the context":     {wildcard.Path, nil, &pluginv2.PluginContext{OrgId: 1, PluginId: "iotlive-grpc-datasource", User: viewer.User}},
	}
	for name, c := range notFound {
		t.Run("NOT_FOUND for "+name, func(t *testing.T) {
			if res := subscribeStream(t, h, c.pc, c.path, c.data); res.Status != pluginv2.SubscribeStreamResponse_NOT_FOUND {
				t.Errorf("SubscribeStream %q: status %v, want NOT_FOUND", c.path, res.Status)
			}
		})
	}

	t.Run("PERMISSION_DENIED when the call's org is not the context's", func(t *testing.T) {
		req := &pluginv2.SubscribeStreamRequest{PluginContext: viewer, Path: wildcard.Path, Headers: map[string]string{"X-Grafana-Org-Id": "2"}}
		res, err := h.stream.SubscribeStream(ctx(t), req)
		if err != nil {
			t.Fatalf("SubscribeStream: the call failed (%v); want a PERMISSION_DENIED status", err)
		}
		if res.Status != pluginv2.SubscribeStreamResponse_PERMISSION_DENIED {
			t.Errorf("status %v, want PERMISSION_DENIED", res.Status)
		}
	})

	t.Run("still serving: the viewer subscribes", func(t *testing.T) {
		if res := subscribeStream(t, h, viewer, wildcard.Path, nil); res.Status != pluginv2.SubscribeStreamResponse_OK {
			t.Fatalf("status %v, want OK", res.Status)
		}
	})
}
