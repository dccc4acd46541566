import { childLogLevel, formatLogLine, isShown, logLevelValue } from './serviceLogLine';

describe('service log lines', () => {
  it('shortens pino JSON to level, message and the fields that matter', () => {
    const line = JSON.stringify({
      level: 30,
      time: 1,
      pid: 9,
      hostname: 'h',
      msg: 'sidecar listening',
      address: '127.0.0.1:8080',
      limits: { a: 1 },
    });
    expect(formatLogLine('sidecar', line)).toBe(
      '[sidecar] INFO sidecar listening address=127.0.0.1:8080 limits={"a":1}'
    );
  });

  it('passes other lines through with the service name', () => {
    expect(formatLogLine('broker', 'plain text')).toBe('[broker] plain text');
    expect(formatLogLine('broker', '{not json')).toBe('[broker] {not json');
  });

  it('filters by level but always shows lines that are not pino JSON', () => {
    expect(isShown(JSON.stringify({ level: 30, msg: 'x' }), 'warn')).toBe(false);
    expect(isShown(JSON.stringify({ level: 50, msg: 'x' }), 'warn')).toBe(true);
    expect(isShown('a stack trace line', 'error')).toBe(true);
  });

  it('keeps services at info or more verbose, so their ready lines are printed', () => {
    expect(childLogLevel('warn')).toBe('info');
    expect(childLogLevel('debug')).toBe('debug');
    expect(logLevelValue('nonsense')).toBe(30);
  });
});
