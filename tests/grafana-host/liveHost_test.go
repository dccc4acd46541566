package grafanahost

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// liveChannel is a channel path the Node side built with the frontend's liveChannelPath, and its spec.
type liveChannel struct {
	Path string          `json:"path"`
	Spec json.RawMessage `json:"spec"`
}

// restartableBroker is a broker the Node side kills and starts again on request.
type restartableBroker struct {
	Target  string `json:"target"`
	Control string `json:"control"`
}

type liveFixture struct {
	channels      map[string]liveChannel
	brokerMetrics string
	// By bus: "jetstream" keeps its history through a restart, "memory" starts a new one.
	restartBrokers map[string]restartableBroker
}

func loadLive(t *testing.T) liveFixture {
	t.Helper()
	var channels map[string]liveChannel
	if err := json.Unmarshal([]byte(os.Getenv("IOTLIVE_LIVE_CHANNELS")), &channels); err != nil {
		t.Fatalf("IOTLIVE_LIVE_CHANNELS: %v", err)
	}
	var brokers map[string]restartableBroker
	if err := json.Unmarshal([]byte(os.Getenv("IOTLIVE_RESTART_BROKERS")), &brokers); err != nil {
		t.Fatalf("IOTLIVE_RESTART_BROKERS: %v", err)
	}
	return liveFixture{channels: channels, brokerMetrics: os.Getenv("IOTLIVE_BROKER_METRICS"), restartBrokers: brokers}
}

func (l liveFixture) channel(t *testing.T, name string) liveChannel {
	t.Helper()
	c, ok := l.channels[name]
	if !ok || c.Path == "" {
		t.Fatalf("no channel %q in IOTLIVE_LIVE_CHANNELS", name)
	}
	return c
}

// subscribeData is LiveSubscribeData: where the viewer's history starts, and the spec of a hashed path.
func subscribeData(sinceMs int64, spec json.RawMessage) []byte {
	body := map[string]any{}
	if sinceMs > 0 {
		body["sinceMs"] = sinceMs
	}
	if spec != nil {
		body["spec"] = spec
	}
	raw, _ := json.Marshal(body)
	return raw
}

func subscribeStream(t *testing.T, h *host, pc *pluginv2.PluginContext, path string, data []byte) *pluginv2.SubscribeStreamResponse {
	t.Helper()
	res, err := h.stream.SubscribeStream(ctx(t), &pluginv2.SubscribeStreamRequest{PluginContext: pc, Path: path, Data: data})
	if err != nil {
		t.Fatalf("SubscribeStream %s: the call failed (%v); Grafana expects a status in the answer", path, err)
	}
	return res
}

// liveStream is one RunStream as Grafana's stream manager runs it: re-established after an error
// (Grafana waits and calls RunStream again while the channel has subscribers), ended by cancelling.
type liveStream struct {
	cancel context.CancelFunc
	done   chan struct{}

	mu       sync.Mutex
	reader   liveFrameReader
	rows     []liveRow
	notices  []liveNotice
	packets  int
	runErrs  []error // each RunStream that ended with an error and was re-established
	badFrame error   // the first packet that did not decode
	ended    error   // how the last RunStream ended (nil: cleanly, without error)
}

type liveNotice struct {
	notice data.Notice
	at     time.Time
}

func runStream(t *testing.T, h *host, pc *pluginv2.PluginContext, path string, data []byte) *liveStream {
	t.Helper()
	c, cancel := context.WithCancel(context.Background())
	s := &liveStream{cancel: cancel, done: make(chan struct{})}
	t.Cleanup(s.stop)
	req := &pluginv2.RunStreamRequest{PluginContext: pc, Path: path, Data: data}
	go func() {
		defer close(s.done)
		for {
			err := s.runOnce(c, h, req)
			if c.Err() != nil {
				return
			}
			s.mu.Lock()
			s.ended = err
			if err == nil {
				s.mu.Unlock()
				return
			}
			s.runErrs = append(s.runErrs, err)
			s.mu.Unlock()
			select {
			case <-c.Done():
				return
			case <-time.After(250 * time.Millisecond):
			}
		}
	}()
	return s
}

func (s *liveStream) runOnce(c context.Context, h *host, req *pluginv2.RunStreamRequest) error {
	stream, err := h.stream.RunStream(c, req)
	if err != nil {
		return err
	}
	for {
		packet, err := stream.Recv()
		if err != nil {
			// io.EOF is a clean end of the server stream.
			if errors.Is(err, io.EOF) || status.Code(err) == codes.Canceled && c.Err() != nil {
				return nil
			}
			return err
		}
		s.mu.Lock()
		s.packets++
		decoded, derr := s.reader.read(packet.Data)
		if derr != nil && s.badFrame == nil {
			s.badFrame = derr
		}
		s.rows = append(s.rows, decoded.rows...)
		for _, n := range decoded.notices {
			s.notices = append(s.notices, liveNotice{notice: n, at: time.Now()})
		}
		s.mu.Unlock()
	}
}

// stop cancels the stream as Grafana does when the last subscriber leaves, and waits for it to end.
func (s *liveStream) stop() {
	s.cancel()
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
	}
}

// snapshot returns copies of what arrived so far.
func (s *liveStream) snapshot() (rows []liveRow, notices []liveNotice, packets int, runErrs []error, badFrame error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]liveRow(nil), s.rows...), append([]liveNotice(nil), s.notices...), s.packets, append([]error(nil), s.runErrs...), s.badFrame
}

// waitRows waits until the stream holds at least n rows; fails on a packet that did not decode.
func (s *liveStream) waitRows(t *testing.T, n int, within time.Duration) []liveRow {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		rows, _, packets, runErrs, bad := s.snapshot()
		if bad != nil {
			t.Fatalf("packet %d: %v", packets, bad)
		}
		if len(rows) >= n {
			return rows
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d rows in %d packets after %v, want at least %d (RunStream errors: %v)", len(rows), packets, within, n, runErrs)
		}
		select {
		case <-s.done:
			s.mu.Lock()
			ended := s.ended
			s.mu.Unlock()
			t.Fatalf("RunStream ended (%v) after %d rows in %d packets, before %d rows", ended, len(rows), packets, n)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// duplicates lists the keys that occur more than once.
func duplicates(rows []liveRow) []string {
	seen := map[string]int{}
	var repeated []string
	for _, r := range rows {
		seen[r.key()]++
		if seen[r.key()] == 2 {
			repeated = append(repeated, r.key())
		}
	}
	return repeated
}

// eventually polls a condition until it holds or the time is up.
func eventually(within time.Duration, condition func() bool) bool {
	deadline := time.Now().Add(within)
	for {
		if condition() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(100 * time.Millisecond)
	}
}
