// Package grafanahost plays Grafana's side of the plugin protocol against the built backend
// executable, with the host libraries Grafana itself uses: hashicorp/go-plugin's client configured
// as Grafana configures it, and grafana-plugin-sdk-go's pluginv2 client stubs and Arrow frame reader.
//
// The Node test tests/grafana-host/grafanaHost.test.ts starts a real broker and simulator and runs
// `go test` here with their addresses in the environment; without them every test is skipped.
package grafanahost

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend/grpcplugin"
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
	"github.com/hashicorp/go-hclog"
	goplugin "github.com/hashicorp/go-plugin"
	"google.golang.org/protobuf/proto"
)

// fixture is what the Node side started for these tests.
type fixture struct {
	exe         string
	broker      string
	readToken   string
	writeToken  string
	unreachable string
	silent      string
	site        string
	devices     int
	// Known history: fixtureSamples per device on fixture/<device>/line, value i at fixtureBase + i s.
	fixtureBase    int64
	fixtureSamples int
}

func loadFixture(t *testing.T) fixture {
	t.Helper()
	exe := os.Getenv("IOTLIVE_BACKEND_EXE")
	if exe == "" {
		t.Skip("IOTLIVE_BACKEND_EXE is not set: run through `npx jest tests/grafana-host`, which starts the broker and simulator")
	}
	var devices int
	if err := json.Unmarshal([]byte(os.Getenv("IOTLIVE_DEVICES")), &devices); err != nil {
		t.Fatalf("IOTLIVE_DEVICES: %v", err)
	}
	var base int64
	var samples int
	if err := json.Unmarshal([]byte(os.Getenv("IOTLIVE_FIXTURE_BASE_MS")), &base); err != nil {
		t.Fatalf("IOTLIVE_FIXTURE_BASE_MS: %v", err)
	}
	if err := json.Unmarshal([]byte(os.Getenv("IOTLIVE_FIXTURE_SAMPLES")), &samples); err != nil {
		t.Fatalf("IOTLIVE_FIXTURE_SAMPLES: %v", err)
	}
	return fixture{
		fixtureBase:    base,
		fixtureSamples: samples,
		exe:            exe,
		broker:         os.Getenv("IOTLIVE_BROKER"),
		readToken:      os.Getenv("IOTLIVE_READ_TOKEN"),
		writeToken:     os.Getenv("IOTLIVE_WRITE_TOKEN"),
		unreachable:    os.Getenv("IOTLIVE_UNREACHABLE"),
		silent:         os.Getenv("IOTLIVE_SILENT"),
		site:           os.Getenv("IOTLIVE_SITE"),
		devices:        devices,
	}
}

// host is one launched backend, with the clients Grafana dispenses from it.
type host struct {
	client      *goplugin.Client
	pid         int
	diagnostics pluginv2.DiagnosticsClient
	data        pluginv2.DataClient
	resource    pluginv2.ResourceClient
	stream      pluginv2.StreamClient
}

// launch starts the executable exactly as Grafana's plugin loader does (grpcplugin client config).
func launch(t *testing.T, f fixture) *host {
	t.Helper()
	client := goplugin.NewClient(&goplugin.ClientConfig{
		HandshakeConfig: goplugin.HandshakeConfig{
			ProtocolVersion:  2,
			MagicCookieKey:   "grafana_plugin_type",
			MagicCookieValue: "datasource",
		},
		VersionedPlugins: map[int]goplugin.PluginSet{
			2: {
				"diagnostics": &grpcplugin.DiagnosticsGRPCPlugin{},
				"resource":    &grpcplugin.ResourceGRPCPlugin{},
				"data":        &grpcplugin.DataGRPCPlugin{},
				"stream":      &grpcplugin.StreamGRPCPlugin{},
			},
		},
		Cmd:              exec.Command(f.exe),
		AllowedProtocols: []goplugin.Protocol{goplugin.ProtocolGRPC},
		// Grafana 12.4+ forwards no host variables: no PATH, no HOME.
		SkipHostEnv:  true,
		StartTimeout: time.Minute,
		Logger: hclog.New(&hclog.LoggerOptions{
			Name:   "plugin.iotlive-grpc-datasource",
			Output: hclog.DefaultOutput,
			Level:  hclog.Warn,
		}),
	})
	t.Cleanup(client.Kill)
	rpc, err := client.Client()
	if err != nil {
		t.Fatalf("handshake failed: %v", err)
	}
	dispense := func(name string) any {
		raw, err := rpc.Dispense(name)
		if err != nil {
			t.Fatalf("dispense %s: %v", name, err)
		}
		return raw
	}
	return &host{
		client:      client,
		pid:         client.ReattachConfig().Pid,
		diagnostics: dispense("diagnostics").(pluginv2.DiagnosticsClient),
		data:        dispense("data").(pluginv2.DataClient),
		resource:    dispense("resource").(pluginv2.ResourceClient),
		stream:      dispense("stream").(pluginv2.StreamClient),
	}
}

// settings builds the PluginContext Grafana sends for a datasource with this jsonData and these secrets.
func settings(uid string, jsonData map[string]any, secure map[string]string) *pluginv2.PluginContext {
	raw, _ := json.Marshal(jsonData)
	return &pluginv2.PluginContext{
		OrgId:    1,
		PluginId: "iotlive-grpc-datasource",
		DataSourceInstanceSettings: &pluginv2.DataSourceInstanceSettings{
			Id:                      1,
			Uid:                     uid,
			Name:                    uid,
			JsonData:                raw,
			DecryptedSecureJsonData: secure,
			LastUpdatedMS:           1_700_000_000_000,
		},
	}
}

func withUser(pc *pluginv2.PluginContext, login, role string) *pluginv2.PluginContext {
	copied := proto.Clone(pc).(*pluginv2.PluginContext)
	copied.User = &pluginv2.User{Login: login, Name: login, Role: role}
	return copied
}

func ctx(t *testing.T) context.Context {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}
