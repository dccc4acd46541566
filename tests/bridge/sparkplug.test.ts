import { structToJson } from '../../common/proto/jsonStruct';
import { msFromTimestamp } from '../../common/time/timestamp';
import type { MqttBridge } from '../../services/bridge/MqttBridge';
import { SparkplugEdgeNode } from '../../services/mqtt-simulator/SparkplugEdgeNode';
import type { Envelope, Subscription } from '../broker/support';
import { startBridge, startRig, waitFor, type Rig } from './support';

jest.setTimeout(30_000);

const T1 = 1_700_000_000_000;

function edgeNode(rig: Rig): SparkplugEdgeNode {
  return new SparkplugEdgeNode({
    url: rig.mosquitto.url,
    group: 'Plant1',
    node: 'Edge1',
    nodeMetrics: [
      { name: 'Temperature', type: 'Double', value: 20.5 },
      { name: 'Mode', type: 'String', value: 'auto' },
    ],
    devices: {
      Pump1: [
        { name: 'Pressure', type: 'Float', value: 1.5 },
        { name: 'Outputs/LED', type: 'Boolean', value: false },
      ],
    },
  });
}

async function connectedOf(rig: Rig): Promise<Record<string, boolean>> {
  const { devices } = await rig.client.listDevices();
  return Object.fromEntries(devices.map((device) => [device.deviceId, device.connected]));
}

async function waitForConnected(rig: Rig, expected: Record<string, boolean>): Promise<void> {
  let last: Record<string, boolean> = {};
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    last = await connectedOf(rig);
    if (Object.entries(expected).every(([id, connected]) => (last[id] ?? false) === connected)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`devices are ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`);
}

function valuesOf(envelope: Envelope): Record<string, unknown> {
  return envelope.payload?.telemetry?.values ?? structToJson(envelope.payload?.json);
}

describe('the MQTT bridge with a Sparkplug B edge node (real Mosquitto, real broker process)', () => {
  let rig: Rig;
  let bridge: MqttBridge;
  let node: SparkplugEdgeNode;
  let subscription: Subscription;

  beforeAll(async () => {
    rig = await startRig();
    bridge = await startBridge(rig, { rebirthIntervalMs: 0 });
    subscription = rig.client.subscribe({ filter: 'sparkplug/#' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    node = edgeNode(rig);
  });

  afterAll(async () => {
    subscription?.cancel();
    await node?.stop().catch(() => undefined);
    await bridge?.close();
    await rig?.stop();
  });

  it('publishes births and alias-only data with their timestamps, and marks node and device connected', async () => {
    await node.connect();
    await node.publishData({ Pressure: 1.75 }, 'Pump1', T1);
    const received = await subscription.waitForCount(4);
    expect(received.map((envelope) => [envelope.topic, envelope.deviceId, valuesOf(envelope)])).toEqual([
      ['sparkplug/Plant1/Edge1', 'Plant1:Edge1', { Temperature: 20.5 }],
      ['sparkplug/Plant1/Edge1', 'Plant1:Edge1', { Mode: 'auto' }],
      ['sparkplug/Plant1/Edge1/Pump1', 'Plant1:Edge1:Pump1', { Pressure: 1.5, 'Outputs/LED': 0 }],
      ['sparkplug/Plant1/Edge1/Pump1', 'Plant1:Edge1:Pump1', { Pressure: 1.75 }],
    ]);
    expect(msFromTimestamp(received[3].eventTime)).toBe(T1);
    await waitForConnected(rig, { 'Plant1:Edge1': true, 'Plant1:Edge1:Pump1': true });
  });

  it('reports a missed seq on the next message and in its counters', async () => {
    node.skipSeq(2);
    await node.publishData({ Temperature: 21 });
    const [envelope] = (await subscription.waitForCount(5)).slice(4);
    expect(valuesOf(envelope)).toEqual({ Temperature: 21 });
    expect(envelope.labels).toEqual({ sparkplug_seq_gap: '2' });
    expect(bridge.stats().sparkplug).toMatchObject({ seqGaps: 1, missedMessages: 2 });
  });

  it('asks the edge node for a rebirth when an alias is unknown, and takes the new certificates', async () => {
    const birthsBefore = node.births;
    await node.publishUnknownAlias(999, 1);
    await waitFor(() => node.births > birthsBefore, 'the edge node to be asked for a rebirth', 10_000);
    expect(node.commands).toContainEqual({ device: undefined, name: 'Node Control/Rebirth', value: 1 });
    await subscription.waitForCount(8);
    expect(bridge.stats().sparkplug).toMatchObject({ unknownAliases: 1, rebirthRequests: 1 });
  });

  it('marks the device disconnected on DDEATH, and everything on the will (NDEATH) of a crashed node', async () => {
    await node.deviceDeath('Pump1');
    await waitForConnected(rig, { 'Plant1:Edge1': true, 'Plant1:Edge1:Pump1': false });
    node.crash();
    await waitForConnected(rig, { 'Plant1:Edge1': false, 'Plant1:Edge1:Pump1': false });
  });

  it('brings node and device back with their next birth', async () => {
    const before = subscription.received.length;
    await node.connect();
    await waitForConnected(rig, { 'Plant1:Edge1': true, 'Plant1:Edge1:Pump1': true });
    await node.publishData({ Pressure: 2.25 }, 'Pump1');
    const received = await subscription.waitForCount(before + 4);
    expect(valuesOf(received[received.length - 1])).toEqual({ Pressure: 2.25 });
    expect(bridge.stats().sparkplug?.seqGaps).toBe(1);
  });
});
