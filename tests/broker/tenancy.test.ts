import * as grpc from '@grpc/grpc-js';
import { tokenAuthenticator } from '../../services/broker/auth/Authenticator';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { codeOf, TestClient } from './support';

const ACME = 'acme-token-0123456789';
const GLOBEX = 'globex-token-9876543210';
const ACME_READER = 'acme-reader-token-000';

describe('auth and tenancy', () => {
  let broker: StartedBroker;
  const clients: TestClient[] = [];
  const clientFor = (token?: string) => {
    const client = new TestClient(broker.target, token);
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    broker = await startBroker({
      auth: tokenAuthenticator({
        tokens: {
          [ACME]: { tenant: 'acme', permissions: ['subscribe', 'publish', 'command', 'device'] },
          [GLOBEX]: { tenant: 'globex', permissions: ['subscribe', 'publish', 'command', 'device'] },
          [ACME_READER]: { tenant: 'acme', permissions: ['subscribe'] },
        },
      }),
    });
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.close());
    await broker.close();
  });

  it('refuses a missing or unknown token with UNAUTHENTICATED on every method', async () => {
    for (const client of [clientFor(), clientFor('not-a-token')]) {
      expect((await codeOf(client.publishValue('a/b', 1))).code).toBe(grpc.status.UNAUTHENTICATED);
      expect((await codeOf(client.listTopics())).code).toBe(grpc.status.UNAUTHENTICATED);
      expect((await codeOf(client.listDevices())).code).toBe(grpc.status.UNAUTHENTICATED);
      expect((await codeOf(client.getInfo())).code).toBe(grpc.status.UNAUTHENTICATED);
      expect((await codeOf(client.command({ deviceId: 'd', name: 'ping' }))).code).toBe(grpc.status.UNAUTHENTICATED);
      const subscription = client.subscribe({ filter: '#' });
      expect((await subscription.waitForError()).code).toBe(grpc.status.UNAUTHENTICATED);
      const device = client.device();
      device.call.write({ register: { deviceId: 'x' } });
      await expect(device.next('registered')).rejects.toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    }
    const failure = await codeOf(clientFor().publishValue('a/b', 1));
    expect(failure.details).toMatch(/authorization: Bearer/);
  });

  it('refuses a call the token lacks the permission for with PERMISSION_DENIED', async () => {
    const reader = clientFor(ACME_READER);
    const publish = await codeOf(reader.publishValue('a/b', 1));
    expect(publish.code).toBe(grpc.status.PERMISSION_DENIED);
    expect(publish.details).toMatch(/"publish" permission/);
    expect((await codeOf(reader.command({ deviceId: 'd', name: 'ping' }))).code).toBe(grpc.status.PERMISSION_DENIED);
    const device = reader.device();
    device.call.write({ register: { deviceId: 'x' } });
    await expect(device.next('registered')).rejects.toMatchObject({ code: grpc.status.PERMISSION_DENIED });
    // What it may do, it can.
    const subscription = reader.subscribe({ filter: '#', since: { seconds: 1 } });
    await clientFor(ACME).publishValue('a/b', 1);
    await subscription.waitForCount(1);
    subscription.cancel();
  });

  it('keeps topics, sequences, history and discovery apart between tenants', async () => {
    const acme = clientFor(ACME);
    const globex = clientFor(GLOBEX);
    const acmeLive = acme.subscribe({ filter: '#' });
    const globexLive = globex.subscribe({ filter: '#' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(Number((await acme.publishValue('shared/name', 1)).sequence)).toBe(1);
    expect(Number((await acme.publishValue('shared/name', 2)).sequence)).toBe(2);
    // The same topic name in another tenant is another topic, with its own sequence.
    expect(Number((await globex.publishValue('shared/name', 10)).sequence)).toBe(1);
    await acme.publishValue('acme/only', 3);
    await acmeLive.waitForCount(3);
    await globexLive.waitForCount(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(acmeLive.received.map((envelope) => envelope.payload?.telemetry?.values?.value)).toEqual([1, 2, 3]);
    expect(globexLive.received.map((envelope) => envelope.payload?.telemetry?.values?.value)).toEqual([10]);

    const history = globex.subscribe({
      filter: '#',
      since: { seconds: 1 },
      until: { seconds: Math.ceil(Date.now() / 1000) + 60 },
    });
    await history.waitForEnd();
    expect(history.received.map((envelope) => envelope.topic)).toEqual(['shared/name']);

    expect((await globex.listTopics()).topics.map((topic) => topic.name)).toEqual(['shared/name']);
    expect((await acme.listTopics()).topics.map((topic) => topic.name)).toEqual(['acme/only', 'shared/name']);
    expect(await globex.getInfo()).toMatchObject({ tenant: 'globex', topicCount: 1 });
    expect(await acme.getInfo()).toMatchObject({ tenant: 'acme', topicCount: 2 });
    acmeLive.cancel();
    globexLive.cancel();
  });

  it('keeps devices and commands apart between tenants', async () => {
    const acme = clientFor(ACME);
    const globex = clientFor(GLOBEX);
    const device = acme.device();
    await device.register({ deviceId: 'press-1' });
    device.onCommand = (command) => ({ commandId: command.commandId, ok: true });

    expect((await globex.listDevices()).devices).toEqual([]);
    expect((await acme.listDevices()).devices.map((entry) => entry.deviceId)).toEqual(['press-1']);
    const foreign = await codeOf(globex.command({ deviceId: 'press-1', name: 'ping' }));
    expect(foreign.code).toBe(grpc.status.NOT_FOUND);
    expect(await acme.command({ deviceId: 'press-1', name: 'ping' })).toMatchObject({ ok: true });

    // A globex device with the same id is a different device, and cannot answer acme's commands.
    const impostor = globex.device();
    await impostor.register({ deviceId: 'press-1' });
    expect((await acme.listDevices()).devices[0].connected).toBe(true);
    device.onCommand = undefined;
    const pending = codeOf(acme.command({ deviceId: 'press-1', name: 'ping' }, 400));
    const command = await device.next('command');
    impostor.call.write({ commandResult: { commandId: command.command?.commandId, ok: true } });
    expect((await pending).code).toBe(grpc.status.DEADLINE_EXCEEDED);
    device.cancel();
    impostor.cancel();
  });
});

describe('open mode', () => {
  it('serves every caller as the default tenant, token or not', async () => {
    const broker = await startBroker();
    const anonymous = new TestClient(broker.target);
    const withToken = new TestClient(broker.target, 'anything');
    try {
      await anonymous.publishValue('o/t', 1);
      expect(await withToken.getInfo()).toMatchObject({ tenant: 'default', topicCount: 1, bus: 'memory' });
    } finally {
      anonymous.close();
      withToken.close();
      await broker.close();
    }
  });
});
