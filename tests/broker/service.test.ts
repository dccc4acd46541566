import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import path from 'node:path';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { TestClient } from './support';

const reflectionProtoDir = path.join(path.dirname(require.resolve('@grpc/reflection/package.json')), 'build/proto');

type AnyClient = grpc.Client & Record<string, (...args: unknown[]) => unknown>;

function loadClient(file: string, includeDir: string, service: string, target: string): AnyClient {
  const definition = protoLoader.loadSync(file, {
    includeDirs: [includeDir],
    keepCase: true,
    longs: Number,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const loaded = grpc.loadPackageDefinition(definition);
  const Constructor = service
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], loaded) as grpc.ServiceClientConstructor;
  return new Constructor(target, grpc.credentials.createInsecure()) as unknown as AnyClient;
}

function healthCheck(client: AnyClient, service: string): Promise<string> {
  return new Promise((resolve, reject) =>
    client.Check({ service }, (err: grpc.ServiceError | null, response: { status: string }) =>
      err ? reject(err) : resolve(response.status)
    )
  );
}

/** One request/response on the reflection stream. */
function reflect(client: AnyClient, request: object): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const call = client.ServerReflectionInfo() as grpc.ClientDuplexStream<object, Record<string, unknown>>;
    call.on('data', (response) => {
      resolve(response);
      call.end();
    });
    call.on('error', reject);
    call.write(request);
  });
}

describe('health, reflection, discovery and metrics', () => {
  let broker: StartedBroker;
  let client: TestClient;

  beforeEach(async () => {
    broker = await startBroker({ serveMetrics: true, version: '9.8.7' });
    client = new TestClient(broker.target);
  });

  afterEach(async () => {
    client.close();
    await broker.close();
  });

  it('serves grpc.health.v1: SERVING while up, NOT_SERVING while shutting down', async () => {
    const health = loadClient(
      'health/v1/health.proto',
      path.resolve(path.dirname(healthProtoPath), '../..'),
      'grpc.health.v1.Health',
      broker.target
    );
    expect(await healthCheck(health, '')).toBe('SERVING');
    expect(await healthCheck(health, 'iot.broker.v1.Broker')).toBe('SERVING');
    const watch = health.Watch({ service: '' }) as grpc.ClientReadableStream<{ status: string }>;
    const statuses: string[] = [];
    watch.on('data', (response) => statuses.push(response.status));
    watch.on('error', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const subscription = client.subscribe({ filter: '#' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await broker.close();
    expect(statuses).toEqual(['SERVING', 'NOT_SERVING']);
    const error = await subscription.waitForError();
    expect(error.code).toBe(grpc.status.UNAVAILABLE);
    expect(error.details).toMatch(/shutting down/);
    health.close();
  });

  it.each(['v1', 'v1alpha'])(
    'serves server reflection %s: lists services and describes the broker',
    async (version) => {
      const reflection = loadClient(
        `grpc/reflection/${version}/reflection.proto`,
        reflectionProtoDir,
        `grpc.reflection.${version}.ServerReflection`,
        broker.target
      );
      const listed = (await reflect(reflection, { list_services: '' })) as {
        list_services_response: { service: Array<{ name: string }> };
      };
      const names = listed.list_services_response.service.map((service) => service.name);
      expect(names).toEqual(expect.arrayContaining(['iot.broker.v1.Broker', 'grpc.health.v1.Health']));
      const described = (await reflect(reflection, { file_containing_symbol: 'iot.broker.v1.Broker' })) as {
        file_descriptor_response: { file_descriptor_proto: Buffer[] };
      };
      const files = described.file_descriptor_response.file_descriptor_proto.map((bytes) => bytes.toString('latin1'));
      // The reflection service names files by package; what matters is that the service and its methods are there.
      const brokerFile = files.find((file) => file.includes('iot.broker.v1'));
      for (const method of ['Publish', 'Subscribe', 'Connect', 'Command', 'ListTopics', 'ListDevices', 'GetInfo']) {
        expect(brokerFile).toContain(method);
      }
      reflection.close();
    }
  );

  it('reports version, start time, counts, bus and tenant in GetInfo', async () => {
    const before = Date.now();
    await client.publishValue('info/a', 1);
    const device = client.device();
    await device.register({ deviceId: 'i1' });
    const info = await client.getInfo();
    expect(info).toMatchObject({ version: '9.8.7', topicCount: 1, deviceCount: 1, bus: 'memory', tenant: 'default' });
    expect(Number(info.startedAt?.seconds) * 1000).toBeLessThanOrEqual(before);
    device.cancel();
  });

  it('lists topics with counts, last time, rate, fields and last sequence', async () => {
    await client.publish({ topic: 'lt/a', payload: { telemetry: { values: { celsius: 1, rh: 2 } } } });
    await client.publish({ topic: 'lt/a', payload: { telemetry: { values: { celsius: 3 } } } });
    await client.publish({
      topic: 'lt/b',
      payload: { json: { fields: { state: { stringValue: 'on' }, level: { numberValue: 1 } } } },
    });
    await client.publish({ topic: 'other', payload: { raw: new Uint8Array([1]) } });
    const { topics } = await client.listTopics('lt/+');
    expect(topics.map((topic) => topic.name)).toEqual(['lt/a', 'lt/b']);
    expect(topics[0]).toMatchObject({ messageCount: 2, lastSequence: 2, fields: ['celsius', 'rh'] });
    expect(topics[0].ratePerSecond).toBeGreaterThan(0);
    expect(Number(topics[0].lastTime?.seconds)).toBeGreaterThan(0);
    expect(topics[1]).toMatchObject({ messageCount: 1, fields: ['json.state', 'level'] });
    expect((await client.listTopics()).topics).toHaveLength(3);
  });

  it('serves Prometheus metrics on /metrics', async () => {
    await client.publishValue('m/a', 1);
    const device = client.device();
    await device.register({ deviceId: 'm1' });
    await device.send(1, [{ topic: 'm/b', payload: { telemetry: { values: { v: 1 } } } }]);
    const subscription = client.subscribe({ filter: '#' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const text = await (await fetch(broker.metricsUrl as string)).text();
    expect(text).toMatch(/^iotlive_broker_messages_published_total\{source="publish"\} 1$/m);
    expect(text).toMatch(/^iotlive_broker_messages_published_total\{source="device"\} 1$/m);
    expect(text).toMatch(/^iotlive_broker_subscribers 1$/m);
    expect(text).toMatch(/^iotlive_broker_connected_devices 1$/m);
    expect(text).toMatch(/^iotlive_broker_history_messages 2$/m);
    expect(text).toMatch(/^iotlive_broker_subscriber_dropped_total 0$/m);
    expect(text).toMatch(/^iotlive_broker_commands_total\{outcome="ok"\} 0$/m);
    expect((await fetch(broker.metricsUrl!.replace('/metrics', '/nope'))).status).toBe(404);
    subscription.cancel();
    device.cancel();
  });
});
