import pino from 'pino';
import { UpstreamError } from '../../../common/errors/errors';
import type { EnvelopeSource } from '../broker/brokerGateway';
import { SidecarMetrics } from '../metrics';
import { SharedStream, type SharedStreamState } from './sharedStream';

/** A broker that is down from the start: every Subscribe fails. */
function downBroker(options: { startMs: number }) {
  let nowMs = options.startMs;
  const probes: number[] = [];
  const logs: Array<{ level: number; msg: string }> = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => logs.push(JSON.parse(line) as { level: number; msg: string }) }
  );
  // Every Subscribe fails the way grpc-js reports an unreachable broker.
  const source: EnvelopeSource = {
    subscribe: (_token: unknown, _request: unknown, handlers: { onError(err: UpstreamError): void }) => {
      probes.push(nowMs);
      queueMicrotask(() => handlers.onError(new UpstreamError('connection refused at 127.0.0.1:1')));
      return { cancel: () => undefined };
    },
  } as unknown as EnvelopeSource;
  const states: Array<[SharedStreamState, string]> = [];
  const stream = new SharedStream({
    id: 1,
    tenant: 't',
    filter: 'a/#',
    batch: { windowMs: 0, maxCount: 100, maxBytes: 100_000 },
    backoff: { initialMs: 250, maxMs: 10_000, factor: 2 },
    maxHistory: 10,
    source,
    metrics: new SidecarMetrics({ defaultMetrics: false }),
    logger,
    now: () => nowMs,
    // The largest delay the backoff allows, so each wait is the documented ceiling.
    random: () => 0.999_999,
  });
  stream.addListener({
    onBatch: () => {},
    onStateChange: (state, detail) => states.push([state, detail]),
    onFailure: () => {},
  });
  const advance = async (ms: number) => {
    nowMs += ms;
    await jest.advanceTimersByTimeAsync(ms);
  };
  return { stream, probes, logs, states, advance };
}

describe('SharedStream reconnect backoff during an outage', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('doubles from 250 ms to 10 s and does not reset while no stream opens, logging one warning', async () => {
    // The last good stream opened long ago: that must not count as a healthy period now.
    const { stream, probes, logs, states, advance } = downBroker({ startMs: 1_000_000 });
    stream.start();
    for (let i = 0; i < 400; i++) {
      await advance(250);
    }
    stream.close();
    const waits = probes.slice(1).map((at, i) => at - probes[i]);
    expect(waits.slice(0, 7)).toEqual([250, 500, 1_000, 2_000, 4_000, 8_000, 10_000]);
    expect(waits.slice(7).every((wait) => wait === 10_000)).toBe(true);
    expect(logs.filter((line) => line.level === 40 && line.msg === 'broker stream broke, reconnecting')).toHaveLength(
      1
    );
    expect(logs.filter((line) => line.level >= 40)).toHaveLength(1);
    // The status detail says why, once: the state itself says "reconnecting".
    const reconnecting = states.filter(([state]) => state === 'reconnecting');
    expect(reconnecting).toHaveLength(1);
    expect(reconnecting[0][1]).toBe('connection refused at 127.0.0.1:1');
  });
});
