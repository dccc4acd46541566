import type { iot } from '../../common/proto/generated';
import type { RunningService } from '../../services/stack/spawnService';
import { mqttClient, spawnBridge, startRig, waitFor, type Rig } from './support';

jest.setTimeout(60_000);

const TOTAL = 3_000;

function kill(service: RunningService): Promise<unknown> {
  try {
    // The bridge leads its own process group; nothing else is in it.
    process.kill(-service.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  return service.exited;
}

describe('the MQTT bridge restarted mid-stream (npm run bridge, real Mosquitto, real broker process)', () => {
  let rig: Rig;
  const bridges: RunningService[] = [];

  beforeAll(async () => {
    rig = await startRig();
  });

  afterAll(async () => {
    await Promise.all(bridges.map(kill));
    await rig?.stop();
  });

  it('loses no QoS 1 message when killed (persistent session, PUBACK only after the broker acknowledged)', async () => {
    const env = {
      BRIDGE_MQTT_URL: rig.mosquitto.url,
      BROKER_TARGET: rig.broker.target,
      BRIDGE_MQTT_CLIENT_ID: `restart-test-${process.pid}`,
      BRIDGE_MQTT_TOPICS: 'devices/{device}/#',
      BRIDGE_SPARKPLUG: 'false',
    };
    bridges.push(await spawnBridge(env));
    const subscription = rig.client.subscribe({ filter: 'mqtt/devices/r1/#' });
    // Subscribe streams SubscribeEvents: a StreamStart first (the subscription is then in place), envelopes after.
    const seen = new Set<number>();
    subscription.call.on('data', (event: iot.broker.v1.SubscribeEvent) => {
      const value = event.envelope?.payload?.telemetry?.values?.value;
      if (typeof value === 'number') {
        seen.add(value);
      }
    });
    await waitFor(() => subscription.start !== undefined || subscription.error !== undefined, 'the stream start');
    expect(subscription.error).toBeUndefined();

    const device = await mqttClient(rig, { clientId: `restart-device-${process.pid}` });
    const publishing = (async () => {
      for (let n = 0; n < TOTAL; n += 50) {
        await Promise.all(
          Array.from({ length: 50 }, (_, i) => device.publishAsync('devices/r1/count', String(n + i), { qos: 1 }))
        );
      }
    })();

    await waitFor(() => seen.size >= 500, '500 messages through the first bridge', 20_000);
    await kill(bridges[0]);
    const atKill = seen.size;
    expect(atKill).toBeLessThan(TOTAL);

    bridges.push(await spawnBridge(env));
    await publishing;
    await waitFor(() => seen.size === TOTAL, `all ${TOTAL} messages (have ${seen.size})`, 30_000);
    const missing = Array.from({ length: TOTAL }, (_, n) => n).filter((n) => !seen.has(n));
    expect(missing).toEqual([]);
    subscription.cancel();
    await device.endAsync();
  });
});
