package grafanahost

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

// controlBroker stops (SIGKILL) or starts the restartable JetStream broker the Node side runs.
func controlBroker(t *testing.T, controlURL, action string) {
	t.Helper()
	client := http.Client{Timeout: 45 * time.Second}
	res, err := client.Post(controlURL+"/broker/"+action, "text/plain", nil)
	if err != nil {
		t.Fatalf("broker %s: %v", action, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusNoContent {
		body, _ := io.ReadAll(res.Body)
		t.Fatalf("broker %s: %s %s", action, res.Status, body)
	}
}

// publisher publishes value 0, 1, 2, ... through the backend's publish resource (as an Editor would)
// and keeps the values the broker acknowledged.
type publisher struct {
	stopOnce sync.Once
	stopCh   chan struct{}
	done     chan struct{}
	mu       sync.Mutex
	acked    map[int]time.Time
	failed   int
}

func startPublisher(h *host, pc *pluginv2.PluginContext, topic string, every time.Duration) *publisher {
	p := &publisher{stopCh: make(chan struct{}), done: make(chan struct{}), acked: map[int]time.Time{}}
	go func() {
		defer close(p.done)
		for value := 0; ; value++ {
			select {
			case <-p.stopCh:
				return
			case <-time.After(every):
			}
			ok := publishOnce(h, pc, topic, value)
			p.mu.Lock()
			if ok {
				p.acked[value] = time.Now()
			} else {
				p.failed++
			}
			p.mu.Unlock()
		}
	}()
	return p
}

func (p *publisher) stop() (acked map[int]time.Time, failed int) {
	p.stopOnce.Do(func() { close(p.stopCh) })
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.acked, p.failed
}

func publishOnce(h *host, pc *pluginv2.PluginContext, topic string, value int) bool {
	c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	body, _ := json.Marshal(map[string]any{"topic": topic, "values": map[string]float64{"value": float64(value)}})
	stream, err := h.resource.CallResource(c, &pluginv2.CallResourceRequest{
		PluginContext: pc, Method: "POST", Path: "publish", Url: "/api/datasources/uid/" + pc.DataSourceInstanceSettings.Uid + "/resources/publish", Body: body,
		Headers: map[string]*pluginv2.StringList{"Content-Type": {Values: []string{"application/json"}}},
	})
	if err != nil {
		return false
	}
	code := int32(0)
	for {
		msg, err := stream.Recv()
		if err == io.EOF {
			return code == 200
		}
		if err != nil {
			return false
		}
		if code == 0 {
			code = msg.Code
		}
	}
}

// valueOf reads the published value back from a row of the restart channel (fields: value only).
func valueOf(row liveRow) (int, bool) {
	var v float64
	if _, err := fmt.Sscanf(row.values, "value=%g", &v); err != nil || strings.Contains(row.values, ",") {
		return 0, false
	}
	return int(v), true
}

// A broker killed mid-stream and started again on the same port: the stream says so in notices,
// resumes by itself, and no value reaches the panel twice. On JetStream the broker's history
// survives, so every acknowledged value arrives exactly once; in memory it starts a new history
// (sequences from 1 again), whose values must all arrive, not be taken for ones already seen.
func TestLiveStreamAcrossBrokerRestart(t *testing.T) {
	f := loadFixture(t)
	live := loadLive(t)
	for _, bus := range []string{"jetstream", "memory"} {
		t.Run(bus, func(t *testing.T) {
			broker, ok := live.restartBrokers[bus]
			if !ok {
				t.Fatalf("no restartable %s broker in IOTLIVE_RESTART_BROKERS", bus)
			}
			streamAcrossRestart(t, f, live, broker, bus == "jetstream")
		})
	}
}

func streamAcrossRestart(t *testing.T, f fixture, live liveFixture, broker restartableBroker, keepsHistory bool) {
	h := launch(t, f)
	base := settings("restart", map[string]any{"brokerAddress": broker.Target, "requestTimeoutMs": 1000},
		map[string]string{"brokerToken": f.readToken, "commandToken": f.writeToken})
	viewer := withUser(base, "vera", "Viewer")
	editor := withUser(base, "ed", "Editor")
	channel := live.channel(t, "restart")
	topic := "restart/line"

	if res := subscribeStream(t, h, viewer, channel.Path, subscribeData(0, nil)); res.Status != pluginv2.SubscribeStreamResponse_OK {
		t.Fatalf("SubscribeStream: %v", res.Status)
	}
	stream := runStream(t, h, viewer, channel.Path, subscribeData(0, nil))
	// Live only: give the upstream subscription a moment before the first publish.
	time.Sleep(500 * time.Millisecond)
	pub := startPublisher(h, editor, topic, 40*time.Millisecond)
	t.Cleanup(func() { pub.stop() })
	stream.waitRows(t, 10, 15*time.Second)

	controlBroker(t, broker.Control, "stop")
	stoppedAt := time.Now()
	time.Sleep(1500 * time.Millisecond)
	controlBroker(t, broker.Control, "start")
	restartedAt := time.Now()
	// The backend's broker connection comes back after its reconnect backoff: publish until the
	// restarted broker has acknowledged a good number of values.
	ackedSince := func(since time.Time) int {
		pub.mu.Lock()
		defer pub.mu.Unlock()
		n := 0
		for _, at := range pub.acked {
			if at.After(since) {
				n++
			}
		}
		return n
	}
	if !eventually(25*time.Second, func() bool { return ackedSince(restartedAt) >= 25 }) {
		t.Logf("only %d publishes acknowledged in the 25 s after the broker restarted", ackedSince(restartedAt))
	}
	acked, failed := pub.stop()

	var afterRestart, last int
	firstAck := time.Duration(0)
	for value, at := range acked {
		if at.After(restartedAt) {
			afterRestart++
			if wait := at.Sub(restartedAt); firstAck == 0 || wait < firstAck {
				firstAck = wait
			}
		}
		if value > last {
			last = value
		}
	}
	if afterRestart == 0 {
		t.Fatalf("no publish was acknowledged after the broker restarted (%d failed)", failed)
	}
	delivered := func() map[int]int {
		rows, _, _, _, _ := stream.snapshot()
		counts := map[int]int{}
		for _, row := range rows {
			if v, ok := valueOf(row); ok {
				counts[v]++
			}
		}
		return counts
	}
	if !eventually(20*time.Second, func() bool { return delivered()[last] > 0 }) {
		t.Fatalf("the last acknowledged value %d never arrived after the restart", last)
	}
	time.Sleep(500 * time.Millisecond)
	rows, notices, packets, runErrs, bad := stream.snapshot()
	if bad != nil {
		t.Fatal(bad)
	}
	t.Logf("%d acknowledged (%d after the restart, the first %v after it), %d refused; %d rows in %d packets; RunStream re-established %d times",
		len(acked), afterRestart, firstAck.Round(10*time.Millisecond), failed, len(rows), packets, len(runErrs))

	var told []string
	warned := false
	for _, n := range notices {
		if n.at.After(stoppedAt) {
			told = append(told, n.notice.Severity.String()+": "+n.notice.Text)
			warned = warned || n.notice.Severity != data.NoticeSeverityInfo
		}
	}
	if len(told) == 0 {
		t.Errorf("no frame notice after the broker was killed: a panel must say its stream broke and resumed")
	} else {
		t.Logf("notices after the kill: %q", told)
	}

	counts := delivered()
	var missingBefore, missingAfter, twice []int
	for value, at := range acked {
		switch {
		case counts[value] == 0 && at.After(restartedAt):
			missingAfter = append(missingAfter, value)
		case counts[value] == 0:
			missingBefore = append(missingBefore, value)
		case counts[value] > 1:
			twice = append(twice, value)
		}
	}
	sort.Ints(missingBefore)
	sort.Ints(missingAfter)
	sort.Ints(twice)
	if len(twice) > 0 {
		t.Errorf("values delivered more than once across the restart: %v", twice)
	}
	if repeated := duplicates(rows); len(repeated) > 0 {
		t.Errorf("%d rows came twice, e.g. %s", len(repeated), repeated[0])
	}
	if len(missingAfter) > 0 {
		t.Errorf("values the restarted broker acknowledged never arrived: %v", missingAfter)
	}
	// JetStream kept every acknowledged message; a broker without persistence may lose the last
	// ones before its death, but then a warning must say so.
	if len(missingBefore) > 0 && (keepsHistory || !warned) {
		t.Errorf("values acknowledged before the kill never arrived (and no warning said so): %v", missingBefore)
	}
}
