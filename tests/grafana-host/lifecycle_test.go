package grafanahost

import (
	"bytes"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The handshake with an empty environment, gRPC health, and a stop that leaves no process behind.
func TestHandshakeEmptyEnvironmentAndCleanStop(t *testing.T) {
	f := loadFixture(t)
	h := launch(t, f)

	if h.client.NegotiatedVersion() != 2 {
		t.Fatalf("negotiated protocol version %d, want 2", h.client.NegotiatedVersion())
	}
	rpc, _ := h.client.Client()
	// go-plugin's Ping is the grpc.health.v1 check of the service "plugin".
	if err := rpc.Ping(); err != nil {
		t.Fatalf("health check of service \"plugin\": %v", err)
	}

	environ, err := os.ReadFile("/proc/" + itoa(h.pid) + "/environ")
	if err != nil {
		t.Fatalf("reading the plugin's environment: %v", err)
	}
	for _, entry := range bytes.Split(bytes.TrimRight(environ, "\x00"), []byte{0}) {
		name := string(entry[:bytes.IndexByte(entry, '=')])
		if name != "grafana_plugin_type" && !strings.HasPrefix(name, "PLUGIN_") {
			t.Errorf("the plugin was started with %s; Grafana forwards no host variables", name)
		}
	}

	h.client.Kill()
	if !h.client.Exited() {
		t.Fatal("the client does not report the plugin as exited after Kill")
	}
	deadline := time.Now().Add(5 * time.Second)
	for syscall.Kill(h.pid, 0) == nil {
		if time.Now().After(deadline) {
			t.Fatalf("process %d still exists after Kill", h.pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
