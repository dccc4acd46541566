import type { MqttClient } from 'mqtt';
import { structToJson } from '../../common/proto/jsonStruct';
import { msFromTimestamp } from '../../common/time/timestamp';
import type { MqttBridge } from '../../services/bridge/MqttBridge';
import { kindOf } from '../broker/support';
import { mqttClient, startBridge, startRig, waitFor, type Rig } from './support';

jest.setTimeout(30_000);

describe('the MQTT bridge with plain devices (real Mosquitto, real broker process)', () => {
  let rig: Rig;
  let bridge: MqttBridge;
  let device: MqttClient;

  beforeAll(async () => {
    rig = await startRig();
    bridge = await startBridge(rig);
    device = await mqttClient(rig);
  });

  afterAll(async () => {
    await device?.endAsync();
    await bridge?.close();
    await rig?.stop();
  });

  it('maps numbers, numeric objects, nested JSON and anything else, with their times and devices', async () => {
    const subscription = rig.client.subscribe({ filter: 'mqtt/#' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await device.publishAsync('devices/d1/temperature', ' 21.5 ', { qos: 1 });
    await device.publishAsync('devices/d1/state', JSON.stringify({ temp: 20, hum: 40, ts: 1_700_000_000 }), { qos: 1 });
    await device.publishAsync(
      'devices/d2/status',
      JSON.stringify({ status: 'ok', load: 0.5, nested: { a: { b: 3 } }, ts: '2024-01-02T03:04:05.000Z' }),
      { qos: 1 }
    );
    await device.publishAsync('devices/d2/counter', '7', {
      qos: 1,
      properties: { userProperties: { ts: '1700000123456' } },
    });
    await device.publishAsync('devices/d2/blob', Buffer.from([0xff, 0x00, 0x01]), { qos: 1 });
    await device.publishAsync('devices/d2/bad', '{"unterminated": ', { qos: 1 });
    await device.publishAsync('devices/d2/after', '{"still": 1}', { qos: 0 });

    const received = await subscription.waitForCount(7);
    subscription.cancel();
    const byTopic = new Map(received.map((envelope) => [envelope.topic, envelope]));

    const temperature = byTopic.get('mqtt/devices/d1/temperature')!;
    expect(temperature.deviceId).toBe('d1');
    expect(temperature.payload?.telemetry?.values).toEqual({ value: 21.5 });

    const state = byTopic.get('mqtt/devices/d1/state')!;
    expect(kindOf(state)).toBe('telemetry');
    expect(state.payload?.telemetry?.values).toEqual({ temp: 20, hum: 40 });
    expect(msFromTimestamp(state.eventTime)).toBe(1_700_000_000_000);

    const status = byTopic.get('mqtt/devices/d2/status')!;
    expect(status.deviceId).toBe('d2');
    expect(kindOf(status)).toBe('json');
    expect(structToJson(status.payload?.json)).toMatchObject({ status: 'ok', load: 0.5, nested: { a: { b: 3 } } });
    expect(msFromTimestamp(status.eventTime)).toBe(Date.parse('2024-01-02T03:04:05.000Z'));

    expect(msFromTimestamp(byTopic.get('mqtt/devices/d2/counter')!.eventTime)).toBe(1_700_000_123_456);

    const blob = byTopic.get('mqtt/devices/d2/blob')!;
    expect(kindOf(blob)).toBe('raw');
    expect(Buffer.from(blob.payload!.raw!)).toEqual(Buffer.from([0xff, 0x00, 0x01]));
    expect(kindOf(byTopic.get('mqtt/devices/d2/bad')!)).toBe('raw');
    // The malformed message stopped nothing: the one after it arrived.
    expect(byTopic.get('mqtt/devices/d2/after')!.payload?.telemetry?.values).toEqual({ still: 1 });

    const stats = bridge.stats();
    expect(stats.payloads).toEqual({ number: 2, telemetry: 2, json: 1, raw: 2 });
    expect(stats.malformed).toBe(1);
    await waitFor(() => bridge.stats().heldAcks === 0, 'every PUBACK to be released');
  });

  it('shows each MQTT device as a connected device in the broker registry', async () => {
    const { devices } = await rig.client.listDevices();
    const d1 = devices.find((device) => device.deviceId === 'd1');
    expect(d1).toMatchObject({ connected: true, metadata: { source: 'mqtt' }, topics: ['mqtt/devices/d1/#'] });
    expect(devices.find((device) => device.deviceId === 'd2')?.connected).toBe(true);
  });

  it('keeps going after a flood of malformed payloads', async () => {
    const before = bridge.stats().malformed;
    const subscription = rig.client.subscribe({ filter: 'mqtt/devices/d3/#' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const garbage = ['{', '{"a":', '[1,2', '{"a": tru}', Buffer.from([0x7b, 0xc3, 0x28])];
    for (let i = 0; i < 50; i++) {
      await device.publishAsync('devices/d3/noise', garbage[i % garbage.length], { qos: 1 });
    }
    await device.publishAsync('devices/d3/ok', '42', { qos: 1 });
    const received = await subscription.waitForCount(51);
    subscription.cancel();
    expect(received[50].payload?.telemetry?.values).toEqual({ value: 42 });
    // Invalid UTF-8 is raw but not "malformed JSON"; the other four shapes are.
    expect(bridge.stats().malformed - before).toBe(40);
  });

  it('holds at most the receive maximum unacknowledged, even when Mosquitto sends more', async () => {
    const small = await startBridge(rig, { receiveMaximum: 3, topics: ['window/{device}/#'], sparkplug: false });
    const subscription = rig.client.subscribe({ filter: 'mqtt/window/#' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    let mostHeld = 0;
    const sampler = setInterval(() => (mostHeld = Math.max(mostHeld, small.stats().heldAcks)), 1);
    await Promise.all(
      Array.from({ length: 300 }, (_, i) => device.publishAsync(`window/w${i % 3}/n`, String(i), { qos: 1 }))
    );
    await subscription.waitForCount(300, 10_000);
    clearInterval(sampler);
    subscription.cancel();
    await small.close();
    expect(mostHeld).toBeGreaterThan(0);
    expect(mostHeld).toBeLessThanOrEqual(3);
  });
});
