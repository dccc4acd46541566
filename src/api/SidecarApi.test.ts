import { of, throwError } from 'rxjs';
import type { FetchResponse } from '@grafana/runtime';
import { MAX_COMMAND_TIMEOUT_MS } from '../../common/api/proxyLimits';
import { healthFailure } from './healthCheck';
import { validateCommandBody } from './commandBodies';
import { KEY_REFUSED_MESSAGE, ROLE_REFUSED_MESSAGE, SidecarApi, toSidecarError, type Fetcher } from './SidecarApi';

/** A fetcher that fails the way BackendSrv does: `{status, statusText, data}`. */
function failingFetcher(status: number, data: unknown, statusText = ''): Fetcher {
  return { fetch: () => throwError(() => ({ status, statusText, data })) };
}

describe("toSidecarError: what Grafana's data source proxy answers, in words a person can act on", () => {
  it('reads the proxy\'s 400 "Authentication to data source failed" (text or JSON) as a refused key', () => {
    for (const data of ['Authentication to data source failed', { message: 'Authentication to data source failed' }]) {
      const error = toSidecarError({ status: 400, statusText: 'Bad Request', data }, '/api/health', 1_000);
      expect(error).toMatchObject({ category: 'auth', message: KEY_REFUSED_MESSAGE });
      expect(error.message).toMatch(/^the API key was refused/);
    }
  });

  it("reads the proxy's 403 route denial as a role that cannot publish or send commands", () => {
    const error = toSidecarError(
      { status: 403, statusText: 'Forbidden', data: { message: 'plugin proxy route access denied' } },
      '/api/command',
      1_000
    );
    expect(error).toMatchObject({ category: 'auth', message: ROLE_REFUSED_MESSAGE });
    expect(error.message).toMatch(/^your Grafana role cannot publish or send commands \(Editor required\)/);
  });

  it("keeps the sidecar's own 403 (a key without the right) and validation answers", () => {
    const body = { error: { category: 'auth', message: 'this API key lacks the "command" right' } };
    expect(toSidecarError({ status: 403, data: body }, '/api/command', 1_000).message).toMatch(/lacks the "command"/);
    const invalid = { error: { category: 'validation', message: 'choose a device' } };
    expect(toSidecarError({ status: 400, data: invalid }, '/api/command', 1_000)).toMatchObject({
      category: 'validation',
      message: 'choose a device',
    });
  });

  it("reads the proxy's bare 504 as its own timeout, not as an unreachable sidecar", () => {
    const error = toSidecarError({ status: 504, statusText: 'Gateway Timeout', data: '' }, '/api/command', 1_000);
    expect(error.category).toBe('timeout');
    expect(error.message).toMatch(/data source proxy stopped waiting for \/api\/command .*dataproxy\.timeout/);
  });

  it('says the key was refused on Save & test when the proxy turned a 401 into a 400', async () => {
    const api = new SidecarApi('http://grafana/api/datasources/proxy/uid/x', 1_000, () =>
      failingFetcher(400, 'Authentication to data source failed', 'Bad Request')
    );
    const error = await api.get('/api/health').catch((err: unknown) => err);
    expect(healthFailure(error as never).message).toMatch(/^The API key was refused/);
  });

  it('passes answers through unchanged', async () => {
    const fetcher: Fetcher = { fetch: <T>() => of({ data: { ok: true } as T } as FetchResponse<T>) };
    await expect(new SidecarApi('http://x', 1_000, () => fetcher).get('/api/health')).resolves.toEqual({ ok: true });
  });
});

describe('command limits', () => {
  it('allow no command wait the proxy would cut short', () => {
    expect(MAX_COMMAND_TIMEOUT_MS).toBeLessThan(30_000);
    expect(() => validateCommandBody({ deviceId: 'd', name: 'reboot', timeoutMs: 60_000 })).toThrow(
      /between 1 and 25000/
    );
    expect(validateCommandBody({ deviceId: 'd', name: 'reboot', timeoutMs: MAX_COMMAND_TIMEOUT_MS }).timeoutMs).toBe(
      25_000
    );
  });
});
