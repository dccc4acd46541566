import * as grpc from '@grpc/grpc-js';
import { jsonToStruct, structToJson } from '../../common/proto/jsonStruct';
import type { MqttBridge } from '../../services/bridge/MqttBridge';
import { PlainMqttDevice } from '../../services/mqtt-simulator/PlainMqttDevice';
import { SparkplugEdgeNode } from '../../services/mqtt-simulator/SparkplugEdgeNode';
import { deviceSignals } from '../../services/simulator/signals';
import { mqttClient, startBridge, startRig, waitFor, type Rig } from './support';

jest.setTimeout(30_000);

describe('commands through the MQTT bridge (real Mosquitto, real broker process)', () => {
  let rig: Rig;
  let bridge: MqttBridge;
  let device: PlainMqttDevice;
  let node: SparkplugEdgeNode;

  beforeAll(async () => {
    rig = await startRig();
    bridge = await startBridge(rig);
    device = new PlainMqttDevice({
      url: rig.mosquitto.url,
      deviceId: 'p1',
      signals: deviceSignals(0, () => 0.5),
      intervalMs: 100,
      random: () => 0.5,
    });
    node = new SparkplugEdgeNode({
      url: rig.mosquitto.url,
      group: 'G',
      node: 'E',
      nodeMetrics: [{ name: 'Speed', type: 'Int32', value: 10 }],
      devices: {
        Valve: [
          { name: 'Open', type: 'Boolean', value: false },
          { name: 'Setpoint', type: 'Double', value: 1 },
        ],
      },
    });
    await Promise.all([device.start(), node.connect()]);
    await waitFor(() => bridge.stats().devices >= 3, 'the bridge to open sessions for p1, G:E and G:E:Valve', 10_000);
  });

  afterAll(async () => {
    await device?.stop();
    await node?.stop().catch(() => undefined);
    await bridge?.close();
    await rig?.stop();
  });

  it("answers a plain device's command with the device's MQTT 5 reply", async () => {
    const result = await rig.client.command({ deviceId: 'p1', name: 'ping' });
    expect(result.ok).toBe(true);
    expect(structToJson(result.result?.json)).toMatchObject({ ok: true, pong: true, device_id: 'p1' });
  });

  it("passes the device's refusal back as a failed command", async () => {
    const result = await rig.client.command({
      deviceId: 'p1',
      name: 'set_interval',
      payload: { json: jsonToStruct({ ms: -1 }) },
    });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/set_interval needs/);
  });

  it('times out a command the device never answers', async () => {
    const silent = await mqttClient(rig);
    await silent.publishAsync('devices/mute/temperature', '1', { qos: 1 });
    await waitFor(() => bridge.stats().devices >= 4, 'a session for the silent device', 10_000);
    const outcome = await rig.client.command({ deviceId: 'mute', name: 'ping' }, 1_000).then(
      (result) => ({ ok: result.ok, error: result.error, code: grpc.status.OK }),
      (err: grpc.ServiceError) => ({ ok: false, error: err.details, code: err.code })
    );
    expect(outcome.ok).toBe(false);
    // Whichever side notices first: the bridge's answer or the broker's deadline.
    expect(outcome.code === grpc.status.DEADLINE_EXCEEDED || /did not answer "ping"/.test(outcome.error)).toBe(true);
    await silent.endAsync();
  });

  it('writes a Sparkplug device metric with a DCMD of the type its birth declared', async () => {
    const subscription = rig.client.subscribe({ filter: 'sparkplug/G/E/Valve' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const result = await rig.client.command({
      deviceId: 'G:E:Valve',
      name: 'Open',
      payload: { json: jsonToStruct({ value: true }) },
    });
    expect(result.ok).toBe(true);
    expect(structToJson(result.result?.json)).toEqual({ written: 'Open', topic: 'spBv1.0/G/DCMD/E/Valve' });
    await waitFor(() => node.commands.some((command) => command.name === 'Open'), 'the DCMD at the edge node');
    expect(node.commands).toContainEqual({ device: 'Valve', name: 'Open', value: 1 });
    // The edge node reports the new value, which comes back through the bridge.
    const [echo] = await subscription.waitForCount(1);
    subscription.cancel();
    expect(echo.payload?.telemetry?.values).toEqual({ Open: 1 });
  });

  it('refuses a write to a metric the birth did not declare, naming the known ones', async () => {
    const result = await rig.client.command({
      deviceId: 'G:E:Valve',
      name: 'Close',
      payload: { json: jsonToStruct({ value: 1 }) },
    });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/declared no metric "Close".*known: Open, Setpoint/);
  });

  it('asks an edge node for a rebirth with the "rebirth" command', async () => {
    const births = node.births;
    const result = await rig.client.command({ deviceId: 'G:E', name: 'rebirth' });
    expect(result.ok).toBe(true);
    await waitFor(() => node.births > births, 'a new NBIRTH');
  });
});
