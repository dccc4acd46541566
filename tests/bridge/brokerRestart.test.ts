import { spawnBroker, type SpawnedBroker } from '../helpers/broker';
import { TestClient } from '../broker/support';
import type { MqttBridge } from '../../services/bridge/MqttBridge';
import { startMosquitto, type MosquittoProcess } from '../../services/stack/startMosquitto';
import { mqttClient, startBridge, waitFor, type Rig } from './support';

jest.setTimeout(60_000);

describe('the MQTT bridge when the broker restarts (real Mosquitto, real broker processes)', () => {
  let mosquitto: MosquittoProcess;
  let broker: SpawnedBroker;
  let bridge: MqttBridge;

  afterAll(async () => {
    await bridge?.close(1_000);
    await broker?.kill();
    await mosquitto?.stop();
  });

  it('holds the PUBACKs of what the broker did not store, then delivers it to the new broker', async () => {
    mosquitto = await startMosquitto();
    broker = await spawnBroker({ BROKER_METRICS_LISTEN: 'off' });
    const port = broker.port;
    const rig = { mosquitto, broker } as unknown as Rig;
    bridge = await startBridge(rig, { sparkplug: false });
    const device = await mqttClient(rig);
    await device.publishAsync('devices/b1/n', '0', { qos: 1 });
    await waitFor(() => bridge.stats().published === 1, 'the first message in the first broker', 10_000);

    await broker.kill();
    for (let n = 1; n <= 100; n++) {
      await device.publishAsync('devices/b1/n', String(n), { qos: 1 });
    }
    await waitFor(() => bridge.stats().messages >= 101, 'the bridge to take the messages in', 10_000);
    // Nothing could be stored: every PUBACK is still held.
    expect(bridge.stats().heldAcks).toBe(100);

    broker = await spawnBroker({ BROKER_LISTEN: `127.0.0.1:${port}`, BROKER_METRICS_LISTEN: 'off' });
    const client = new TestClient(broker.target);
    await waitFor(() => bridge.stats().heldAcks === 0, 'every held message in the new broker', 30_000);
    expect(bridge.stats()).toMatchObject({ published: 101, refused: 0, dropped: 0 });
    const { topics } = await client.listTopics('mqtt/devices/b1/#');
    expect(topics.map((topic) => [topic.name, Number(topic.messageCount)])).toEqual([['mqtt/devices/b1/n', 100]]);
    client.close();
    await device.endAsync();
  });
});
