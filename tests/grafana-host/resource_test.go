package grafanahost

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

type resourceAnswer struct {
	code int
	body map[string]any
	raw  string
}

// callResource sends what Grafana sends for /api/datasources/uid/<uid>/resources/<path> and reads the
// streamed answer (code and headers first, then the body).
func callResource(t *testing.T, h *host, pc *pluginv2.PluginContext, method, path string, body any) resourceAnswer {
	t.Helper()
	// Grafana passes the path after .../resources/ without the query, and the whole URL with it.
	resourcePath, _, _ := strings.Cut(path, "?")
	req := &pluginv2.CallResourceRequest{PluginContext: pc, Method: method, Path: resourcePath, Url: "/api/datasources/uid/" + pc.DataSourceInstanceSettings.Uid + "/resources/" + path}
	if body != nil {
		raw, _ := json.Marshal(body)
		req.Body = raw
		req.Headers = map[string]*pluginv2.StringList{"Content-Type": {Values: []string{"application/json"}}}
	}
	stream, err := h.resource.CallResource(ctx(t), req)
	if err != nil {
		t.Fatalf("CallResource %s: %v", path, err)
	}
	var answer resourceAnswer
	var raw []byte
	for {
		msg, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("CallResource %s: %v", path, err)
		}
		if answer.code == 0 {
			answer.code = int(msg.Code)
			if ct := msg.Headers["Content-Type"]; ct == nil || ct.Values[0] != "application/json" {
				t.Errorf("%s: Content-Type %v", path, ct)
			}
		}
		raw = append(raw, msg.Body...)
	}
	answer.raw = string(raw)
	if err := json.Unmarshal(raw, &answer.body); err != nil {
		t.Fatalf("%s: body is not JSON: %s", path, raw)
	}
	return answer
}

func errorOf(a resourceAnswer) (string, string) {
	e, _ := a.body["error"].(map[string]any)
	category, _ := e["category"].(string)
	message, _ := e["message"].(string)
	return category, message
}

// Reads for everyone; publish and command for Editors and Admins only; Grafana's own calls (no user) read only.
func TestResourcesByRole(t *testing.T) {
	f := loadFixture(t)
	h := launch(t, f)
	base := settings("res", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken, "commandToken": f.writeToken})
	viewer := withUser(base, "vera", "Viewer")
	editor := withUser(base, "ed", "Editor")
	admin := withUser(base, "ada", "Admin")
	device := "sim-0001"
	publish := map[string]any{"topic": "fixture/published/line", "values": map[string]float64{"value": 1}}
	command := map[string]any{"deviceId": device, "name": "ping", "timeoutMs": 5000}

	t.Run("viewer reads topics and devices", func(t *testing.T) {
		topics := callResource(t, h, viewer, "GET", "topics?filter=site/"+f.site+"/%23", nil)
		if topics.code != 200 || len(topics.body["topics"].([]any)) == 0 {
			t.Fatalf("topics: %d %s", topics.code, topics.raw)
		}
		devices := callResource(t, h, viewer, "GET", "devices", nil)
		if devices.code != 200 || !strings.Contains(devices.raw, device) {
			t.Fatalf("devices: %d %s", devices.code, devices.raw)
		}
	})

	for name, pc := range map[string]*pluginv2.PluginContext{"viewer": viewer, "no user (Grafana itself)": base} {
		t.Run(name+" may not publish or command", func(t *testing.T) {
			for path, body := range map[string]any{"publish": publish, "command": command} {
				a := callResource(t, h, pc, "POST", path, body)
				category, message := errorOf(a)
				if a.code != 403 || category != "auth" || !strings.Contains(message, "Editor") {
					t.Errorf("%s: %d %s, want 403 auth naming the Editor role", path, a.code, a.raw)
				}
			}
		})
	}

	t.Run("editor publishes with the command token", func(t *testing.T) {
		a := callResource(t, h, editor, "POST", "publish", publish)
		if a.code != 200 || a.body["sequence"].(float64) < 1 {
			t.Fatalf("publish: %d %s", a.code, a.raw)
		}
	})

	t.Run("admin sends a command a simulated device answers", func(t *testing.T) {
		a := callResource(t, h, admin, "POST", "command", command)
		if a.code != 200 || a.body["ok"] != true || a.body["deviceId"] != device {
			t.Fatalf("command: %d %s", a.code, a.raw)
		}
	})

	t.Run("clear JSON errors for bad requests", func(t *testing.T) {
		cases := []struct {
			method, path string
			body         any
			code         int
			category     string
		}{
			{"GET", "nothing-here", nil, 404, "validation"},
			{"GET", "publish", nil, 405, "validation"},
			{"POST", "publish", map[string]any{"topic": ""}, 400, "validation"},
			{"POST", "command", map[string]any{"deviceId": device, "name": "ping", "extra": 1}, 400, "validation"},
		}
		for _, c := range cases {
			a := callResource(t, h, editor, c.method, c.path, c.body)
			if category, message := errorOf(a); a.code != c.code || category != c.category || message == "" {
				t.Errorf("%s %s: %d %s, want %d %s", c.method, c.path, a.code, a.raw, c.code, c.category)
			}
		}
	})

	t.Run("the read token alone cannot publish, and says so", func(t *testing.T) {
		readOnly := withUser(settings("readonly", map[string]any{"brokerAddress": f.broker}, map[string]string{"brokerToken": f.readToken}), "ed", "Editor")
		a := callResource(t, h, readOnly, "POST", "publish", publish)
		if category, _ := errorOf(a); a.code < 400 || category != "auth" {
			t.Errorf("publish with a subscribe-only token: %d %s", a.code, a.raw)
		}
	})
}
