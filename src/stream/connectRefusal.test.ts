import { AuthError } from '../../common/errors/errors';
import { fakeSocketFactory } from '../testing/FakeSocket';
import { isKeyRefusal, refusalFromUpgradeStatus, upgradeStatusOf, type RefusalCheck } from './connectRefusal';
import { ConnectionState } from './connectionState';
import { StreamClient } from './StreamClient';

const OPTIONS = { conflation: 'none' as const, maxRateHz: 10, maxHistory: 100 };

describe('connectRefusal', () => {
  it('takes a 401, or the 400 Grafana’s proxy makes of it, as a refused key', () => {
    expect(isKeyRefusal(401)).toBe(true);
    expect(isKeyRefusal(400, 'Authentication to data source failed')).toBe(true);
    expect(isKeyRefusal(400, { message: 'Authentication to data source failed' })).toBe(true);
    expect(isKeyRefusal(400, { error: { message: 'bad filter' } })).toBe(false);
    expect(isKeyRefusal(502, 'Bad Gateway')).toBe(false);
  });

  it('reads the status of a failed upgrade from a ws error event', () => {
    expect(upgradeStatusOf({ message: 'Unexpected server response: 401' })).toBe(401);
    expect(upgradeStatusOf({ error: new Error('Unexpected server response: 400') })).toBe(400);
    expect(upgradeStatusOf({ type: 'error' })).toBeUndefined();
  });

  it('without a probe, counts only a 401 upgrade as refused', async () => {
    await expect(refusalFromUpgradeStatus(401)).resolves.toBeInstanceOf(AuthError);
    await expect(refusalFromUpgradeStatus(undefined)).resolves.toBeUndefined();
  });
});

describe('StreamClient when the socket cannot open (fake transport)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup(checkRefusal: RefusalCheck) {
    const sockets = fakeSocketFactory();
    const client = new StreamClient({
      url: 'ws://grafana/api/datasources/proxy/uid/x/api/stream',
      createSocket: sockets.factory,
      random: () => 0.5,
      backoff: { initialMs: 1000, maxMs: 8000, factor: 2 },
      checkRefusal,
    });
    let error: unknown;
    client.subscribe({ filter: 'site/#', options: OPTIONS }).subscribe({ error: (err) => (error = err) });
    return { client, sockets, error: () => error };
  }

  it('ends every subscription with an authentication error and stops retrying when the key was refused', async () => {
    const statuses: Array<number | undefined> = [];
    const { client, sockets, error } = setup(async (status) => {
      statuses.push(status);
      return new AuthError('the API key was refused');
    });
    sockets.latest().onerror?.({ message: 'Unexpected server response: 400' });
    sockets.latest().drop();
    await Promise.resolve();
    await Promise.resolve();
    expect(statuses).toEqual([400]);
    expect(error()).toMatchObject({ category: 'auth', message: 'the API key was refused' });
    expect(client.state).toBe(ConnectionState.Idle);
    jest.advanceTimersByTime(60_000);
    expect(sockets.sockets).toHaveLength(1);
  });

  it('keeps retrying an outage', async () => {
    const { client, sockets, error } = setup(async () => undefined);
    sockets.latest().drop();
    await Promise.resolve();
    expect(client.state).toBe(ConnectionState.Reconnecting);
    jest.advanceTimersByTime(1000);
    expect(sockets.sockets).toHaveLength(2);
    expect(error()).toBeUndefined();
  });
});
