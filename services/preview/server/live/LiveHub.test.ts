import type { PluginContext } from '../../../backend/grpc/messages';
import { LiveErrorCode } from '../../shared/liveProtocol';
import { LiveHub, type LiveStreamBackend, type LiveSubscriber, type StreamRequest } from './LiveHub';

interface FakeRun {
  request: StreamRequest;
  packet(data: string): void;
  end(error?: Error): void;
  cancelled: boolean;
}

/** A fake plugin backend: answers SubscribeStream by path and records every RunStream. */
function fakeBackend(statusOf: (path: string) => string = () => 'OK') {
  const runs: FakeRun[] = [];
  const subscribes: StreamRequest[] = [];
  const backend: LiveStreamBackend = {
    subscribeStream: async (request) => {
      subscribes.push(request);
      return { status: statusOf(request.path), data: Buffer.from(`{"schema":{"fields":[]},"path":"${request.path}"}`) };
    },
    runStream: (request, handlers) => {
      const run: FakeRun = {
        request,
        packet: (data) => handlers.packet(Buffer.from(data)),
        end: (error) => handlers.end(error),
        cancelled: false,
      };
      runs.push(run);
      return {
        cancel: () => {
          run.cancelled = true;
          handlers.end(new Error('cancelled'));
        },
      };
    },
  };
  return { backend, runs, subscribes };
}

function subscriber(id: string): LiveSubscriber & { received: string[] } {
  const received: string[] = [];
  return { id, received, send: (text) => received.push(text) };
}

const context = { orgId: 1, pluginId: 'p', user: { login: 'u', name: '', email: '', role: 'Viewer' } } as PluginContext;

function newHub(backend: LiveStreamBackend, restartDelayMs = 1_000) {
  return new LiveHub({ backend, datasourceUid: () => 'ds1', pluginContext: () => context, restartDelayMs });
}

describe('LiveHub (fake plugin backend)', () => {
  it('answers a subscribe with the initial data and passes the path, data and plugin context', async () => {
    const { backend, subscribes } = fakeBackend();
    const hub = newHub(backend);
    const a = subscriber('a');
    hub.join(a);
    const result = await hub.subscribe(a, 'ds/ds1/v1/abc', { sinceMs: 5 });
    expect(result).toEqual({ ok: true, initial: '{"schema":{"fields":[]},"path":"v1/abc"}' });
    expect(subscribes[0]).toEqual({ pluginContext: context, path: 'v1/abc', data: Buffer.from('{"sinceMs":5}') });
  });

  it('runs ONE RunStream per channel and fans each packet out to every subscriber', async () => {
    const { backend, runs } = fakeBackend();
    const hub = newHub(backend);
    const [a, b, c] = [subscriber('a'), subscriber('b'), subscriber('c')];
    [a, b, c].forEach((s) => hub.join(s));
    await hub.subscribe(a, 'ds/ds1/v1/x', { sinceMs: 1 });
    await hub.subscribe(b, 'ds/ds1/v1/x', { sinceMs: 2 });
    await hub.subscribe(c, 'ds/ds1/v1/y', undefined);
    expect(runs.map((r) => r.request.path)).toEqual(['v1/x', 'v1/y']);
    // RunStream gets the first subscriber's data, as Grafana passes it.
    expect(runs[0].request.data.toString()).toBe('{"sinceMs":1}');
    expect(runs[1].request.data.length).toBe(0);

    runs[0].packet('{"data":{"values":[[1]]}}');
    const push = '{"push":{"channel":"ds/ds1/v1/x","pub":{"data":{"data":{"values":[[1]]}}}}}';
    expect(a.received).toEqual([push]);
    expect(b.received).toEqual([push]);
    expect(c.received).toEqual([]);
    expect(JSON.parse(push)).toEqual({ push: { channel: 'ds/ds1/v1/x', pub: { data: { data: { values: [[1]] } } } } });
  });

  it('cancels the RunStream when the last subscriber leaves, not before', async () => {
    const { backend, runs } = fakeBackend();
    const hub = newHub(backend);
    const [a, b] = [subscriber('a'), subscriber('b')];
    [a, b].forEach((s) => hub.join(s));
    await hub.subscribe(a, 'ds/ds1/v1/x', undefined);
    await hub.subscribe(b, 'ds/ds1/v1/x', undefined);
    hub.unsubscribe(a, 'ds/ds1/v1/x');
    expect(runs[0].cancelled).toBe(false);
    hub.leave(b);
    expect(runs[0].cancelled).toBe(true);
    expect(hub.runningStreams).toBe(0);
    runs[0].packet('{"data":{"values":[]}}');
    expect(b.received).toEqual([]);
  });

  it('turns NOT_FOUND and PERMISSION_DENIED into subscribe errors and starts no stream', async () => {
    const { backend, runs } = fakeBackend((path) => (path === 'v1/secret' ? 'PERMISSION_DENIED' : 'NOT_FOUND'));
    const hub = newHub(backend);
    const a = subscriber('a');
    hub.join(a);
    expect(await hub.subscribe(a, 'ds/ds1/v1/secret', undefined)).toEqual({
      ok: false,
      error: { code: LiveErrorCode.permissionDenied, message: expect.stringContaining('permission denied') },
    });
    expect(await hub.subscribe(a, 'ds/ds1/v1/bad', undefined)).toMatchObject({
      ok: false,
      error: { code: LiveErrorCode.unknownChannel },
    });
    expect(runs).toHaveLength(0);
  });

  it('refuses channels of other datasources and scopes without asking the backend', async () => {
    const { backend, subscribes } = fakeBackend();
    const hub = newHub(backend);
    const a = subscriber('a');
    hub.join(a);
    for (const channel of ['ds/other/v1/x', 'plugin/ds1/v1/x', 'ds/ds1/']) {
      expect(await hub.subscribe(a, channel, undefined)).toMatchObject({
        ok: false,
        error: { code: LiveErrorCode.unknownChannel },
      });
    }
    expect(subscribes).toHaveLength(0);
  });

  it('refuses a second subscription of the same socket to the same channel', async () => {
    const { backend } = fakeBackend();
    const hub = newHub(backend);
    const a = subscriber('a');
    hub.join(a);
    await hub.subscribe(a, 'ds/ds1/v1/x', undefined);
    expect(await hub.subscribe(a, 'ds/ds1/v1/x', undefined)).toMatchObject({
      ok: false,
      error: { code: LiveErrorCode.alreadySubscribed },
    });
  });

  it('does not keep a socket that left while the backend was answering', async () => {
    const { backend, runs } = fakeBackend();
    const hub = newHub(backend);
    const a = subscriber('a');
    hub.join(a);
    const pending = hub.subscribe(a, 'ds/ds1/v1/x', undefined);
    hub.leave(a);
    expect(await pending).toMatchObject({ ok: false });
    expect(runs).toHaveLength(0);
  });

  it('starts a failed RunStream again while someone listens, with a growing delay', async () => {
    jest.useFakeTimers();
    try {
      const { backend, runs } = fakeBackend();
      const hub = newHub(backend, 100);
      const a = subscriber('a');
      hub.join(a);
      await hub.subscribe(a, 'ds/ds1/v1/x', undefined);
      runs[0].end(new Error('backend restarted'));
      expect(hub.runningStreams).toBe(0);
      jest.advanceTimersByTime(99);
      expect(runs).toHaveLength(1);
      jest.advanceTimersByTime(1);
      expect(runs).toHaveLength(2);
      runs[1].end(new Error('again'));
      jest.advanceTimersByTime(199);
      expect(runs).toHaveLength(2);
      jest.advanceTimersByTime(1);
      expect(runs).toHaveLength(3);
      runs[2].packet('{"data":{"values":[]}}');
      expect(a.received).toHaveLength(1);
      hub.close();
      expect(runs[2].cancelled).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('tells the subscribers when a stream ends for good', async () => {
    const { backend, runs } = fakeBackend();
    const hub = newHub(backend);
    const a = subscriber('a');
    hub.join(a);
    await hub.subscribe(a, 'ds/ds1/v1/x', undefined);
    runs[0].end();
    expect(a.received.map((t) => JSON.parse(t))).toEqual([
      { push: { channel: 'ds/ds1/v1/x', unsubscribe: { code: 0, reason: 'the stream ended' } } },
    ]);
    // A new subscriber starts a new stream.
    await hub.subscribe(a, 'ds/ds1/v1/x', undefined);
    expect(runs).toHaveLength(2);
  });
});
