import type * as grpc from '@grpc/grpc-js';
import type { PluginContext } from '../../backend/grpc/messages';
import { answerDsQuery, parseTimePoint } from './dsQuery';

describe('parseTimePoint', () => {
  const now = 1_700_000_000_000;
  it('reads epoch ms as a number or digits, and now-relative times', () => {
    expect(parseTimePoint(1234, now)).toBe(1234);
    expect(parseTimePoint('1234', now)).toBe(1234);
    expect(parseTimePoint('now', now)).toBe(now);
    expect(parseTimePoint('now-15m', now)).toBe(now - 15 * 60_000);
    expect(parseTimePoint('now-2d', now)).toBe(now - 2 * 86_400_000);
  });
  it('refuses anything else', () => {
    expect(parseTimePoint('yesterday', now)).toBeUndefined();
    expect(parseTimePoint('now-5y', now)).toBeUndefined();
    expect(parseTimePoint(undefined, now)).toBeUndefined();
  });
});

describe('answerDsQuery refuses a bad request before calling the backend', () => {
  const untouched = {} as grpc.Client; // calling it would throw: none of these requests may reach it
  const context = {} as PluginContext;
  const ask = (body: unknown) =>
    answerDsQuery(untouched, context, 'ds1', Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)));

  it.each([
    ['not JSON', '{"queries":', 400, 'not valid JSON'],
    ['no queries array', { from: 'now-1h', to: 'now' }, 400, '"queries" array'],
    ['an empty queries array', { queries: [], from: 'now-1h', to: 'now' }, 400, 'No queries'],
    [
      'an unreadable range',
      { queries: [{ refId: 'A', datasource: { uid: 'ds1' } }], from: 'x', to: 'now' },
      400,
      '"from" and "to"',
    ],
    [
      'another datasource',
      { queries: [{ refId: 'A', datasource: { uid: 'other' } }], from: 'now-1h', to: 'now' },
      404,
      'other',
    ],
  ])('%s', async (_name, body, status, message) => {
    const answer = await ask(body);
    expect(answer.status).toBe(status);
    expect((answer.body as { message: string }).message).toContain(message);
  });
});
