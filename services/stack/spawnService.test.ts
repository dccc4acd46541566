import { join, resolve } from 'node:path';
import { ServiceStartError, spawnService } from './spawnService';

const REPO_ROOT = resolve(__dirname, '..', '..');
const FAKE = join('services', 'stack', 'testing', 'fakeService.ts');

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const start = (mode: string) =>
  spawnService({
    name: `fake-${mode}`,
    entry: FAKE,
    args: [mode],
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH },
    readyMessage: 'fake listening',
    readyTimeoutMs: 15_000,
  });

describe('spawnService', () => {
  it('resolves on the ready line and stops the service with SIGTERM', async () => {
    const service = await start('ready');
    expect(service.ready.address).toBe('127.0.0.1:1234');
    expect(isAlive(service.pid)).toBe(true);
    const exit = await service.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(isAlive(service.pid)).toBe(false);
    expect(service.recentLines().join('\n')).toContain('"msg":"stopped"');
    await expect(service.stop()).resolves.toEqual(exit);
  }, 30_000);

  it('escalates to SIGKILL when the service ignores SIGTERM', async () => {
    const service = await start('stubborn');
    const exit = await service.stop(500);
    expect(exit.signal).toBe('SIGKILL');
    expect(isAlive(service.pid)).toBe(false);
  }, 30_000);

  it('rejects with the output when the service exits before it is ready', async () => {
    const failure = start('crash');
    await expect(failure).rejects.toBeInstanceOf(ServiceStartError);
    await expect(failure).rejects.toThrow(/exited before it was ready[\s\S]*refusing to start/);
  }, 30_000);
});
