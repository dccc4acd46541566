import { EventEmitter } from 'node:events';
import pino from 'pino';
import type { iot } from '../../common/proto/generated';
import type { BrokerClient } from '../grpc/brokerService';
import { DeviceLink, type LinkItem } from './DeviceLink';

/** A Connect call's stream, driven by the test. */
class FakeStream extends EventEmitter {
  readonly written: iot.broker.v1.IDeviceMessage[] = [];
  cancelled = false;
  ended = false;

  write(message: iot.broker.v1.IDeviceMessage): boolean {
    this.written.push(message);
    return true;
  }

  end(): void {
    this.ended = true;
  }

  cancel(): void {
    this.cancelled = true;
  }

  /** The broker sends a message down the stream. */
  receive(message: Partial<iot.broker.v1.BrokerMessage>): void {
    this.emit('data', message);
  }

  /** The call fails, as a lost connection does. */
  fail(details = 'connection lost'): void {
    this.emit('error', Object.assign(new Error(details), { details }));
  }
}

/** A broker client whose Connect calls are recorded; `refusing` makes them throw, as a closed client does. */
function fakeClient(): {
  client: BrokerClient;
  streams: FakeStream[];
  connects: () => number;
  refuse(err?: Error): void;
} {
  const streams: FakeStream[] = [];
  let calls = 0;
  let refusing: Error | undefined;
  const client = {
    connect: () => {
      calls++;
      if (refusing) {
        throw refusing;
      }
      const stream = new FakeStream();
      streams.push(stream);
      return stream;
    },
  } as unknown as BrokerClient;
  return {
    client,
    streams,
    connects: () => calls,
    refuse: (err?: Error) => {
      refusing = err;
    },
  };
}

function linkOn(client: BrokerClient): DeviceLink {
  return new DeviceLink({
    client,
    token: undefined,
    deviceId: 'd1',
    metadata: {},
    topics: ['t/#'],
    heartbeatIntervalMs: 1_000,
    batchMaxItems: 10,
    maxBatchesInFlight: 2,
    maxQueued: 100,
    backoff: { initialMs: 100, maxMs: 100 },
    logger: pino({ level: 'silent' }),
    onCommand: () => undefined,
    onDropped: () => undefined,
    onRefused: () => undefined,
  });
}

function item(settled: boolean[]): LinkItem {
  return {
    topic: 't/1',
    payload: { telemetry: { values: { value: 1 } } },
    eventTimeMs: 1_700_000_000_000,
    settle: (accepted) => settled.push(accepted),
  };
}

describe('DeviceLink', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    // Every backoff delay is 99 ms: one retry per 100 ms advanced.
    jest.spyOn(Math, 'random').mockReturnValue(0.999);
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('reconnects after a lost session', () => {
    const broker = fakeClient();
    const link = linkOn(broker.client);
    link.open();
    broker.streams[0].fail();
    expect(link.state).toBe('waiting');
    jest.advanceTimersByTime(100);
    expect(broker.connects()).toBe(2);
    expect(link.state).toBe('connecting');
    link.abort();
  });

  it('clears its reconnect timer when aborted, and never connects again', () => {
    const broker = fakeClient();
    const link = linkOn(broker.client);
    link.open();
    broker.streams[0].receive({ kind: 'registered', registered: {} as iot.broker.v1.Registered });
    broker.streams[0].fail();
    expect(link.state).toBe('waiting');
    link.abort();
    expect(link.state).toBe('closed');
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(60_000);
    expect(broker.connects()).toBe(1);
  });

  it('closed while waiting with nothing pending: ends at once, without a timer', async () => {
    const broker = fakeClient();
    const link = linkOn(broker.client);
    link.open();
    broker.streams[0].fail();
    await link.close();
    expect(link.state).toBe('closed');
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(60_000);
    expect(broker.connects()).toBe(1);
  });

  it('a closing link keeps delivering what it holds, and stops reconnecting once aborted', () => {
    const broker = fakeClient();
    const link = linkOn(broker.client);
    const settled: boolean[] = [];
    link.open();
    broker.streams[0].receive({ kind: 'registered', registered: {} as iot.broker.v1.Registered });
    link.send(item(settled));
    jest.advanceTimersByTime(0);
    expect(broker.streams[0].written.filter((message) => message.telemetry)).toHaveLength(1);
    void link.close();
    broker.streams[0].fail();
    expect(link.state).toBe('closing');
    jest.advanceTimersByTime(100);
    expect(broker.connects()).toBe(2);
    broker.streams[1].fail();
    link.abort();
    expect(link.state).toBe('closed');
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(60_000);
    expect(broker.connects()).toBe(2);
    // Left unsettled: the MQTT broker redelivers it.
    expect(settled).toEqual([]);
  });

  it('a connect that throws (a closed client) is a lost session: retried later, never thrown', () => {
    const broker = fakeClient();
    broker.refuse(new Error('Channel has been shut down'));
    const link = linkOn(broker.client);
    expect(() => link.open()).not.toThrow();
    expect(link.state).toBe('waiting');
    expect(() => jest.advanceTimersByTime(100)).not.toThrow();
    expect(broker.connects()).toBe(2);
    broker.refuse(undefined);
    jest.advanceTimersByTime(100);
    expect(broker.connects()).toBe(3);
    expect(link.state).toBe('connecting');
    expect(broker.streams[0].written[0].register?.deviceId).toBe('d1');
    link.abort();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('a closed link whose client throws stays closed', () => {
    const broker = fakeClient();
    const link = linkOn(broker.client);
    link.open();
    broker.streams[0].fail();
    broker.refuse(new Error('Channel has been shut down'));
    link.abort();
    jest.advanceTimersByTime(60_000);
    link.open();
    expect(broker.connects()).toBe(1);
    expect(link.state).toBe('closed');
  });
});
