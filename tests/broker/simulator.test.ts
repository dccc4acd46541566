import { createBrokerServer } from '../../services/broker/createBrokerServer';
import { createSimulator, type Simulator } from '../../services/simulator/createSimulator';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { kindOf, TestClient, waitFor } from './support';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('the simulator against a real broker', () => {
  let broker: StartedBroker;
  let client: TestClient;
  let simulator: Simulator;

  beforeEach(async () => {
    broker = await startBroker();
    client = new TestClient(broker.target);
    simulator = createSimulator({
      target: broker.target,
      devices: 2,
      rateHz: 20,
      site: 'plant',
      batch: 2,
      rebootDelayMs: 50,
      backoff: { initialMs: 20, maxMs: 100 },
      random: seeded(7),
    });
    simulator.start();
    await simulator.ready();
  });

  afterEach(async () => {
    await simulator.stop();
    await simulator.stop();
    client.close();
    await broker.close();
  });

  it('publishes every signal under site/<site>/device/<id>/<signal> with device event times', async () => {
    const subscription = client.subscribe({ filter: 'site/plant/device/sim-0001/+' });
    await subscription.waitForCount(20);
    const byTopic = new Map(subscription.received.map((envelope) => [envelope.topic.split('/').pop(), envelope]));
    expect([...byTopic.keys()].sort()).toEqual(['battery', 'gps', 'humidity', 'temperature', 'vibration']);
    expect(Object.keys(byTopic.get('temperature')?.payload?.telemetry?.values ?? {})).toEqual(['celsius']);
    expect(Object.keys(byTopic.get('gps')?.payload?.telemetry?.values ?? {}).sort()).toEqual(['lat', 'lon']);
    const envelope = subscription.received[0];
    expect(kindOf(envelope)).toBe('telemetry');
    expect(envelope.deviceId).toBe('sim-0001');
    expect(Number(envelope.eventTime?.seconds)).toBeGreaterThan(0);
    const { devices } = await client.listDevices();
    expect(devices.map((device) => [device.deviceId, device.connected])).toEqual([
      ['sim-0001', true],
      ['sim-0002', true],
    ]);
    expect(devices[0].topics).toEqual(['site/plant/device/sim-0001/#']);
    subscription.cancel();
  });

  it('answers ping, blink and unknown commands with real results', async () => {
    const ping = await client.command({ deviceId: 'sim-0002', name: 'ping' });
    expect(ping.ok).toBe(true);
    expect(ping.result?.json?.fields?.pong?.boolValue).toBe(true);
    expect(ping.result?.json?.fields?.device_id?.stringValue).toBe('sim-0002');

    const blink = await client.command({
      deviceId: 'sim-0002',
      name: 'blink',
      payload: { json: { fields: { times: { numberValue: 3 } } } },
    });
    expect(blink).toMatchObject({ ok: true });
    expect(blink.result?.json?.fields?.blinked?.numberValue).toBe(3);
    expect(simulator.devices[1].stats.blinks).toBe(3);

    const unknown = await client.command({ deviceId: 'sim-0002', name: 'self_destruct' });
    expect(unknown.ok).toBe(false);
    expect(unknown.error).toMatch(
      /unknown command "self_destruct"; this device supports ping, set_interval, blink, reboot/
    );

    const badInterval = await client.command({
      deviceId: 'sim-0002',
      name: 'set_interval',
      payload: { json: { fields: { ms: { stringValue: 'fast' } } } },
    });
    expect(badInterval.ok).toBe(false);
  });

  it('changes its reporting interval on set_interval', async () => {
    const result = await client.command({
      deviceId: 'sim-0001',
      name: 'set_interval',
      payload: { json: { fields: { ms: { numberValue: 1000 } } } },
    });
    expect(result.ok).toBe(true);
    expect(result.result?.json?.fields?.interval_ms?.numberValue).toBe(1000);
    expect(result.result?.json?.fields?.previous_ms?.numberValue).toBe(50);
    expect(simulator.devices[0].currentIntervalMs).toBe(1000);
  });

  it('disconnects and registers again on reboot', async () => {
    const device = simulator.devices[0];
    const result = await client.command({ deviceId: 'sim-0001', name: 'reboot' });
    expect(result.ok).toBe(true);
    await waitFor(() => device.stats.registrations === 2 && device.state === 'registered', 'the device to re-register');
    const { devices } = await client.listDevices();
    expect(devices.find((entry) => entry.deviceId === 'sim-0001')?.connected).toBe(true);
    expect(device.stats.reconnects).toBe(0);
  });

  it('reconnects with backoff when the broker goes away and comes back on the same port', async () => {
    const port = broker.port;
    await broker.close();
    await waitFor(() => simulator.devices.every((device) => device.stats.reconnects > 0), 'the devices to notice');
    const restarted = createBrokerServer();
    await restarted.listen(`127.0.0.1:${port}`);
    try {
      await waitFor(
        () => simulator.devices.every((device) => device.stats.registrations >= 2),
        'the devices to register again',
        10_000
      );
    } finally {
      await restarted.close();
    }
  });
});
