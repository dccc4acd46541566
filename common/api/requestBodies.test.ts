import { MAX_COMMAND_TIMEOUT_MS } from './proxyLimits';
import { commandBodySchema, parseBody, publishBodySchema } from './requestBodies';

describe('publishBodySchema', () => {
  it('takes a message of exactly one kind', () => {
    const body = { topic: 'a/b', values: { t: 21.5 }, labels: { site: 'x' }, eventTimeMs: 1 };
    expect(parseBody(publishBodySchema, body, 'publish')).toEqual(body);
    expect(parseBody(publishBodySchema, { topic: 'a', json: null }, 'publish')).toEqual({ topic: 'a', json: null });
  });

  it.each([
    [{ topic: 'a' }, /exactly one of: values/],
    [{ topic: 'a', values: { t: 1 }, json: {} }, /exactly one of/],
    [{ topic: 'a', values: { t: Infinity } }, /values\.t: values must be finite numbers/],
    [{ topic: 'a', rawBase64: '**' }, /rawBase64 must be base64/],
    [{ topic: 'a', json: 1, eventTimeMs: -1 }, /eventTimeMs/],
    [{ topic: 'a', json: 1, extra: true }, /the publish body is invalid/],
  ])('refuses %j', (body, message) => {
    expect(() => parseBody(publishBodySchema, body, 'publish')).toThrow(message);
  });
});

describe('commandBodySchema', () => {
  it('takes a command with an optional payload and wait', () => {
    const body = { deviceId: 'd', name: 'reboot', payload: { delay: 1 }, timeoutMs: MAX_COMMAND_TIMEOUT_MS };
    expect(parseBody(commandBodySchema, body, 'command')).toEqual(body);
  });

  it('refuses a blank device or name and a wait the proxy would cut short', () => {
    expect(() => parseBody(commandBodySchema, { deviceId: ' ', name: 'x' }, 'command')).toThrow(/choose the device/);
    expect(() => parseBody(commandBodySchema, { deviceId: 'd', name: '' }, 'command')).toThrow(
      /give the command a name/
    );
    expect(() =>
      parseBody(commandBodySchema, { deviceId: 'd', name: 'x', timeoutMs: MAX_COMMAND_TIMEOUT_MS + 1 }, 'command')
    ).toThrow(`timeoutMs must be between 1 and ${MAX_COMMAND_TIMEOUT_MS}`);
  });
});
