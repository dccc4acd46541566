import { ValidationError } from '../../../common/errors/errors';
import { checkRegistration } from './checkRegistration';

const limits = { maxTopicBytes: 256, heartbeatIntervalMs: 5_000 };

describe('checkRegistration', () => {
  it('accepts a device, compiles its filters and grants a heartbeat within bounds', () => {
    const checked = checkRegistration({ deviceId: 'd1', topics: ['site/+/d1/#'], heartbeatIntervalMs: 10 }, limits);
    expect(checked).toMatchObject({ deviceId: 'd1', topics: ['site/+/d1/#'], heartbeatIntervalMs: 50 });
    expect(checked.allowed).toHaveLength(1);
    expect(checkRegistration({ deviceId: 'd1' }, limits).heartbeatIntervalMs).toBe(5_000);
  });

  it.each([
    [{ deviceId: '' }, 'device id "" is invalid'],
    [{ deviceId: 'a/b' }, 'without "/", "+" or "#"'],
    [{ deviceId: 'd1', topics: Array.from({ length: 257 }, (_, i) => `t/${i}`) }, 'the limit is 256'],
    [{ deviceId: 'd1', metadata: { k: 'v'.repeat(1_025) } }, 'metadata "k" is too large'],
  ])('refuses %j, saying which bound it breaks', (register, message) => {
    expect(() => checkRegistration(register, limits)).toThrow(ValidationError);
    expect(() => checkRegistration(register, limits)).toThrow(message);
  });
});
