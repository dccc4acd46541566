import net from 'node:net';
import { DeviceLink } from '../../services/bridge/DeviceLink';
import { MqttBridge } from '../../services/bridge/MqttBridge';
import type { BrokerClient } from '../../services/grpc/brokerService';
import { SparkplugEdgeNode } from '../../services/mqtt-simulator/SparkplugEdgeNode';
import { startMosquitto, type MosquittoProcess } from '../../services/stack/startMosquitto';
import { bridgeOptionsFor, waitFor, type Rig } from './support';

jest.setTimeout(30_000);

/** A local address nothing listens on. */
async function deadTarget(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `127.0.0.1:${port}`;
}

describe('the MQTT bridge closed while its sessions are still closing (real Mosquitto, no broker)', () => {
  let mosquitto: MosquittoProcess;
  let bridge: MqttBridge | undefined;
  let node: SparkplugEdgeNode | undefined;

  afterAll(async () => {
    await node?.stop().catch(() => undefined);
    await bridge?.abort();
    await mosquitto?.stop();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('ends every session it opened, those of dead devices included, and none reconnects afterwards', async () => {
    mosquitto = await startMosquitto();
    const rig = { mosquitto, broker: { target: await deadTarget() } } as unknown as Rig;
    const opened = jest.spyOn(DeviceLink.prototype, 'open');
    bridge = new MqttBridge(bridgeOptionsFor(rig, { rebirthIntervalMs: 0 }));
    const connect = jest.spyOn((bridge as unknown as { client: BrokerClient }).client, 'connect');
    await bridge.start();
    const links = (): DeviceLink[] => opened.mock.contexts as DeviceLink[];

    node = new SparkplugEdgeNode({
      url: mosquitto.url,
      group: 'G',
      node: 'E',
      nodeMetrics: [{ name: 'Temperature', type: 'Double', value: 20.5 }],
      devices: { Pump: [{ name: 'Pressure', type: 'Float', value: 1.5 }] },
    });
    await node.connect();
    // The births wait for a broker that is not there; the sessions keep reconnecting.
    await waitFor(() => links().length === 2 && links().every((link) => link.pending > 0), 'both sessions', 10_000);
    node.crash();
    // The will (NDEATH) ends both devices: their sessions close once what they hold is delivered, which never happens.
    await waitFor(() => links().every((link) => link.state === 'closing'), 'both sessions closing', 10_000);

    await bridge.close(100);
    expect(links().map((link) => link.state)).toEqual(['closed', 'closed']);
    const connects = connect.mock.calls.length;
    // Longer than the backoff's first delays: a reconnect timer left behind would fire in this time.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(connect.mock.calls.length).toBe(connects);
  });
});
