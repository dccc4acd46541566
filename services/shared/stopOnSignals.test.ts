import { stopOnSignals, type StopLogger } from './stopOnSignals';

function recorder(): StopLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (_fields, message) => lines.push(`info ${message}`),
    warn: (_fields, message) => lines.push(`warn ${message}`),
    error: (_fields, message) => lines.push(`error ${message}`),
  };
}

describe('stopOnSignals', () => {
  afterEach(() => {
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
  });

  it('closes once and exits 0 when the close resolves', async () => {
    const logger = recorder();
    const exits: number[] = [];
    let closes = 0;
    const stop = stopOnSignals(logger, {
      name: 'broker',
      close: async () => void closes++,
      exit: (code) => exits.push(code),
    });
    stop('SIGTERM');
    await new Promise((resolve) => setImmediate(resolve));
    expect(closes).toBe(1);
    expect(exits).toEqual([0]);
    expect(logger.lines).toEqual(['info broker stopping', 'info broker stopped']);
  });

  it('exits 1 at once on a second signal, and 1 when the close fails', async () => {
    const logger = recorder();
    const exits: number[] = [];
    let fail: (err: Error) => void = () => undefined;
    const stop = stopOnSignals(logger, {
      name: 'bridge',
      close: () => new Promise((_, reject) => (fail = reject)),
      exit: (code) => exits.push(code),
    });
    stop('SIGINT');
    stop('SIGINT');
    expect(exits).toEqual([1]);
    fail(new Error('stuck'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([1, 1]);
    expect(logger.lines).toContain('error bridge did not stop cleanly');
  });
});
