import { z } from 'zod';
import { ConfigError } from '../../../common/errors/ConfigError';
import { ValidationError } from '../../../common/errors/errors';
import { documentedSettings, parseFlags, parseSettings, requireAtMost } from './parseSettings';
import { envNumber, envText } from './settings';

const schema = z.object({
  SOME_COUNT: envNumber({ default: 3, min: 1, description: 'how many' }),
  SOME_NAME: envText({ description: 'a name' }),
});

describe('parseSettings', () => {
  it('reads every setting, ignoring other variables', () => {
    expect(parseSettings(schema, { SOME_COUNT: '5', PATH: '/bin' })).toEqual({ SOME_COUNT: 5, SOME_NAME: undefined });
  });

  it('throws a ConfigError, a ValidationError, naming the variable, its value and what it allows', () => {
    let error: unknown;
    try {
      parseSettings(schema, { SOME_COUNT: '0' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ variable: 'SOME_COUNT', value: '0', allowed: 'a positive whole number' });
    expect((error as Error).message).toBe('SOME_COUNT="0" must be a positive whole number');
  });
});

describe('parseFlags', () => {
  const flags = z.object({ devices: envNumber({ default: 1, min: 1, description: 'devices' }) });

  it('reads the flags and --help', () => {
    expect(parseFlags(flags, ['--devices', '4'], 'usage: x')).toEqual({ help: false, values: { devices: 4 } });
    expect(parseFlags(flags, ['-h'], 'usage: x').help).toBe(true);
  });

  it('names the flag and ends with the usage', () => {
    expect(() => parseFlags(flags, ['--devices', 'many'], 'usage: x')).toThrow(
      '--devices must be a positive whole number, got "many"\nusage: x'
    );
    expect(() => parseFlags(flags, ['--fleet', '2'], 'usage: x')).toThrow(/Unknown option '--fleet'.*\nusage: x$/s);
  });
});

describe('documentedSettings', () => {
  it('lists each setting with its description and default', () => {
    expect(documentedSettings(schema)).toEqual([
      ['SOME_COUNT', { description: 'how many', default: '3', allowed: 'a positive whole number' }],
      ['SOME_NAME', { description: 'a name', default: undefined, allowed: 'text' }],
    ]);
  });
});

describe('requireAtMost', () => {
  it('refuses a setting above the one that bounds it, naming both', () => {
    expect(() => requireAtMost({ A_BYTES: 5, B_BYTES: 10 }, 'A_BYTES', 'B_BYTES')).not.toThrow();
    expect(() => requireAtMost({ A_BYTES: 11, B_BYTES: 10 }, 'A_BYTES', 'B_BYTES')).toThrow(
      'A_BYTES="11" must be at most B_BYTES (10)'
    );
  });
});
