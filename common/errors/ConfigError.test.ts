import { ConfigError, isConfigError } from './ConfigError';
import { isIoTError } from './errors';

describe('ConfigError', () => {
  it('is a validation error naming the variable, its value and what is allowed', () => {
    const error = new ConfigError('BROKER_BUS', 'memory or jetstream', { value: 'kafka' });
    expect(error.message).toBe('BROKER_BUS="kafka" must be memory or jetstream');
    expect(error).toMatchObject({
      name: 'ConfigError',
      category: 'validation',
      variable: 'BROKER_BUS',
      value: 'kafka',
    });
    expect(isConfigError(error) && isIoTError(error)).toBe(true);
  });

  it('says a problem of its own, a flag the command-line way, and a hint on its own line', () => {
    expect(new ConfigError('X', 'host:port', { value: 'y', problem: 'is not a listen address' }).message).toBe(
      'X="y" is not a listen address'
    );
    expect(new ConfigError('--rate', 'a positive number', { value: '0', hint: 'usage: …' }).message).toBe(
      '--rate must be a positive number, got "0"\nusage: …'
    );
    expect(new ConfigError('A_LIST', 'at least one item').message).toBe('A_LIST must be at least one item');
  });
});
