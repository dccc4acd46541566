import { AuthError, TimeoutError, UpstreamError } from '../../common/errors/errors';
import { fakeSocketFactory } from '../testing/FakeSocket';
import { ConnectionState, type ConnectionChange } from './connectionState';
import { SidecarConnection, type ConnectionEvents } from './SidecarConnection';

function setup(options: { refusal?: AuthError } = {}) {
  const sockets = fakeSocketFactory();
  let now = 1_700_000_000_000;
  let wanted = true;
  const log: string[] = [];
  const events: ConnectionEvents = {
    wanted: () => wanted,
    opened: () => log.push('opened'),
    message: () => log.push('message'),
    lost: (reason) => log.push(`lost: ${reason.message}`),
    retrying: (reason) => log.push(`retrying: ${reason.message}`),
    refused: (error) => log.push(`refused: ${error.message}`),
  };
  const connection = new SidecarConnection(
    {
      url: 'ws://sidecar/api/stream',
      createSocket: sockets.factory,
      backoff: { initialMs: 1000, maxMs: 8000, factor: 2 },
      connectTimeoutMs: 5_000,
      pingIntervalMs: 1_000,
      silenceTimeoutMs: 3_000,
      now: () => now,
      random: () => 0.5,
      checkRefusal: () => Promise.resolve(options.refusal),
    },
    events
  );
  const changes: ConnectionChange[] = [];
  connection.changes$.subscribe((change) => changes.push(change));
  return {
    connection,
    sockets,
    log,
    changes,
    states: () => changes.map((change) => change.state),
    advance: (ms: number) => ((now += ms), jest.advanceTimersByTime(ms)),
    unwant: () => (wanted = false),
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('SidecarConnection', () => {
  it('reports its status as typed changes, each with the previous state and why', () => {
    const { connection, sockets, changes } = setup();
    connection.ensureOpen();
    sockets.latest().open();
    expect(changes).toEqual([
      { previous: ConnectionState.Idle, state: ConnectionState.Idle, detail: '', attempt: 0 },
      { previous: ConnectionState.Idle, state: ConnectionState.Connecting, detail: 'connecting', attempt: 0 },
      { previous: ConnectionState.Connecting, state: ConnectionState.Open, detail: 'connected', attempt: 0 },
    ]);
    expect(connection.isOpen).toBe(true);
  });

  it('tells its user of a lost socket, then of the retry, and reconnects after the backoff', () => {
    const { connection, sockets, log, states, advance } = setup();
    connection.ensureOpen();
    sockets.latest().open();
    sockets.latest().drop(1006);
    expect(log).toEqual([
      'opened',
      'lost: the connection to the sidecar was lost (1006)',
      'retrying: the connection to the sidecar was lost (1006)',
    ]);
    expect(connection.state).toBe(ConnectionState.Reconnecting);
    advance(499);
    expect(sockets.sockets).toHaveLength(1);
    advance(1);
    expect(sockets.sockets).toHaveLength(2);
    sockets.latest().open();
    expect(states().slice(-2)).toEqual([ConnectionState.Reconnecting, ConnectionState.Open]);
  });

  it('goes idle instead of retrying when nothing wants a socket', () => {
    const { connection, sockets, log, unwant } = setup();
    connection.ensureOpen();
    sockets.latest().open();
    unwant();
    sockets.latest().drop(1006);
    expect(log).toEqual(['opened', 'lost: the connection to the sidecar was lost (1006)']);
    expect(connection.state).toBe(ConnectionState.Idle);
  });

  it('replaces a socket the sidecar has been silent on, after pinging it', () => {
    const { connection, sockets, log, advance } = setup();
    connection.ensureOpen();
    const first = sockets.latest();
    first.open();
    advance(1_000);
    expect(first.sent).toEqual([{ ping: { nonce: expect.any(Number) } }]);
    advance(3_000);
    expect(first.closedWith).toBe(4000);
    expect(log.at(-1)).toBe('retrying: nothing from the sidecar for 3000 ms');
    expect(connection.state).toBe(ConnectionState.Reconnecting);
  });

  it('carries the failure behind a change as a typed error with its cause', () => {
    const { connection, sockets, changes, advance } = setup();
    connection.ensureOpen();
    advance(5_000);
    expect(changes.at(-1)?.error).toBeInstanceOf(TimeoutError);
    advance(500);
    const socket = sockets.latest();
    socket.open();
    const broken = new Error('socket buffer is gone');
    socket.send = () => {
      throw broken;
    };
    connection.send({ ping: { nonce: 1 } });
    const change = changes.at(-1);
    expect(change).toMatchObject({ state: ConnectionState.Reconnecting, detail: 'sending to the sidecar failed' });
    expect(change?.error).toBeInstanceOf(UpstreamError);
    expect(change?.error?.cause).toBe(broken);
  });

  it('stops retrying when the failed attempt turns out to be a refusal', async () => {
    const { connection, sockets, log } = setup({ refusal: new AuthError('the API key was refused') });
    connection.ensureOpen();
    sockets.latest().drop(1006);
    await Promise.resolve();
    expect(log.at(-1)).toBe('refused: the API key was refused');
    expect(connection.state).toBe(ConnectionState.Idle);
  });

  it('closes for good, safely twice, and then never connects', () => {
    const { connection, sockets, states } = setup();
    connection.ensureOpen();
    sockets.latest().open();
    connection.close();
    connection.close();
    connection.ensureOpen();
    expect(sockets.latest().closedWith).toBe(1000);
    expect(sockets.sockets).toHaveLength(1);
    expect(states().at(-1)).toBe(ConnectionState.Closed);
  });
});
