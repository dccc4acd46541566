package grafanahost

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

type healthDetails struct {
	Category string `json:"category"`
	Problem  string `json:"problem"`
	Broker   string `json:"broker"`
}

func checkHealth(t *testing.T, h *host, pc *pluginv2.PluginContext) (*pluginv2.CheckHealthResponse, healthDetails) {
	t.Helper()
	res, err := h.diagnostics.CheckHealth(ctx(t), &pluginv2.CheckHealthRequest{PluginContext: pc})
	if err != nil {
		t.Fatalf("CheckHealth: %v", err)
	}
	var details healthDetails
	if len(res.JsonDetails) > 0 {
		if err := json.Unmarshal(res.JsonDetails, &details); err != nil {
			t.Fatalf("jsonDetails is not JSON: %v (%s)", err, res.JsonDetails)
		}
	}
	return res, details
}

// Save & test: OK against the real broker, and each failure category with a message that says what to fix.
func TestCheckHealth(t *testing.T) {
	f := loadFixture(t)
	h := launch(t, f)

	t.Run("ok", func(t *testing.T) {
		res, _ := checkHealth(t, h, settings("ok", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken}))
		if res.Status != pluginv2.CheckHealthResponse_OK {
			t.Fatalf("status %v: %s", res.Status, res.Message)
		}
		if !strings.Contains(res.Message, "reachable") || !strings.Contains(res.Message, "device") {
			t.Errorf("message %q should say the broker is reachable and count its devices", res.Message)
		}
	})

	cases := []struct {
		name     string
		pc       *pluginv2.PluginContext
		category string
		problem  string
		words    string
	}{
		{"unreachable", settings("down", map[string]any{"brokerAddress": f.unreachable, "requestTimeoutMs": 2000}, nil), "upstream", "unreachable", "Cannot reach the broker"},
		{"token refused", settings("badtoken", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": "not-a-valid-token-at-all"}), "auth", "token", "Broker token"},
		{"no token", settings("notoken", map[string]any{"brokerAddress": f.broker}, nil), "auth", "token", "Broker token"},
		{"tls", settings("tls", map[string]any{"brokerAddress": f.broker, "brokerTls": true, "requestTimeoutMs": 3000}, map[string]string{"brokerToken": f.readToken}), "", "tls", "TLS"},
		{"timeout", settings("silent", map[string]any{"brokerAddress": f.silent, "requestTimeoutMs": 1500}, map[string]string{"brokerToken": f.readToken}), "timeout", "timeout", "did not answer"},
		{"bad address", settings("badaddr", map[string]any{"brokerAddress": "not an address"}, nil), "validation", "settings", "host:port"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, details := checkHealth(t, h, c.pc)
			if res.Status != pluginv2.CheckHealthResponse_ERROR {
				t.Fatalf("status %v, want ERROR: %s", res.Status, res.Message)
			}
			if c.category != "" && details.Category != c.category {
				t.Errorf("category %q, want %q (%s)", details.Category, c.category, res.Message)
			}
			if details.Problem != c.problem {
				t.Errorf("problem %q, want %q (%s)", details.Problem, c.problem, res.Message)
			}
			if !strings.Contains(res.Message, c.words) {
				t.Errorf("message %q should contain %q", res.Message, c.words)
			}
			if strings.Contains(res.Message, f.readToken) || strings.Contains(res.Message, "not-a-valid-token-at-all") {
				t.Errorf("message %q reveals a token", res.Message)
			}
		})
	}

	t.Run("still serving after the failures", func(t *testing.T) {
		res, _ := checkHealth(t, h, settings("ok", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken}))
		if res.Status != pluginv2.CheckHealthResponse_OK {
			t.Fatalf("status %v: %s", res.Status, res.Message)
		}
	})
}

func TestCollectMetrics(t *testing.T) {
	f := loadFixture(t)
	h := launch(t, f)
	checkHealth(t, h, settings("ok", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken}))
	res, err := h.diagnostics.CollectMetrics(ctx(t), &pluginv2.CollectMetricsRequest{})
	if err != nil {
		t.Fatalf("CollectMetrics: %v", err)
	}
	text := string(res.Metrics.Prometheus)
	for _, want := range []string{"iotlive_backend_requests_total{method=\"CheckHealth\",outcome=\"ok\"} 1", "iotlive_backend_datasource_instances 1"} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
