import { z } from 'zod';
import { ConfigError } from '../../../common/errors/ConfigError';
import { parseSettings } from './parseSettings';
import { describeNumbers, envBool, envDuration, envEnum, envList, envListen, envNumber, envText } from './settings';

/** Reads one variable X through `setting`. */
function readX<T>(setting: z.ZodType<T, string | undefined>, value: string | undefined): T {
  return parseSettings(z.object({ X: setting }), { X: value }).X;
}

describe('envNumber and envDuration', () => {
  const count = envNumber({ default: 7, min: 1, max: 10, description: 'a count' });

  it('reads decimal text, and gives the default when unset or blank', () => {
    expect(readX(count, ' 3 ')).toBe(3);
    expect(readX(count, undefined)).toBe(7);
    expect(readX(count, '  ')).toBe(7);
    expect(readX(envNumber({ whole: false, exclusiveMin: true, description: 'r' }), '0.5')).toBe(0.5);
    expect(readX(envNumber({ description: 'none' }), undefined)).toBeUndefined();
    expect(readX(envDuration({ default: 1000, description: 'd' }), '0')).toBe(0);
  });

  it('refuses, naming the variable and what is allowed', () => {
    expect(() => readX(count, '11')).toThrow(new ConfigError('X', 'a whole number from 1 to 10', { value: '11' }));
    expect(() => readX(count, '11')).toThrow('X="11" must be a whole number from 1 to 10');
    expect(() => readX(count, '1e1')).toThrow('X="1e1" is not a whole number (use a whole number from 1 to 10)');
    expect(() => readX(envNumber({ whole: false, exclusiveMin: true, description: 'r' }), '0')).toThrow(
      'X="0" must be a positive number'
    );
    expect(() => readX(envDuration({ default: 1, description: 'd' }), '-1')).toThrow(/non-negative whole number/);
  });

  it('says which numbers are allowed', () => {
    expect(describeNumbers({})).toBe('a non-negative whole number');
    expect(describeNumbers({ min: 1 })).toBe('a positive whole number');
    expect(describeNumbers({ min: 50 })).toBe('a whole number ≥ 50');
    expect(describeNumbers({ whole: false, min: 0.1 })).toBe('a number ≥ 0.1');
  });
});

describe('envBool', () => {
  const flag = envBool({ default: false, description: 'a flag' });

  it('reads the usual words in any case, with the default when unset', () => {
    expect(['1', 'TRUE', 'yes', 'on'].map((word) => readX(flag, word))).toEqual([true, true, true, true]);
    expect(['0', 'False', 'no', 'off'].map((word) => readX(flag, word))).toEqual([false, false, false, false]);
    expect(readX(flag, undefined)).toBe(false);
  });

  it('refuses anything else', () => {
    expect(() => readX(flag, 'maybe')).toThrow('X="maybe" must be true or false');
  });
});

describe('envEnum, envText and envList', () => {
  it('takes one of the words, refusing others', () => {
    const bus = envEnum(['memory', 'jetstream'], { default: 'memory', description: 'bus' });
    expect(readX(bus, 'jetstream')).toBe('jetstream');
    expect(readX(bus, undefined)).toBe('memory');
    expect(() => readX(bus, 'kafka')).toThrow('X="kafka" must be memory or jetstream');
  });

  it('trims text unless it is verbatim', () => {
    expect(readX(envText({ default: 'd', description: 't' }), ' a ')).toBe('a');
    expect(readX(envText({ default: 'd', description: 't' }), '')).toBe('d');
    expect(readX(envText({ verbatim: true, description: 'secret' }), ' s ')).toBe(' s ');
  });

  it('splits a list on commas, dropping blanks', () => {
    expect(readX(envList({ default: ['x'], description: 'l' }), 'a, b,,c ')).toEqual(['a', 'b', 'c']);
    expect(readX(envList({ default: ['x'], description: 'l' }), undefined)).toEqual(['x']);
  });
});

describe('envListen', () => {
  it('checks the address with the one parser, and takes off where allowed', () => {
    const metrics = envListen({ default: '127.0.0.1:9464', allowOff: true, description: 'm' });
    expect(readX(metrics, '[::1]:0')).toBe('[::1]:0');
    expect(readX(metrics, 'off')).toBe('off');
    expect(readX(metrics, undefined)).toBe('127.0.0.1:9464');
    expect(() => readX(envListen({ default: ':1', description: 'l' }), 'off')).toThrow(
      /^X="off" is not a listen address: use host:port/
    );
  });
});
