import fc from 'fast-check';
import { ValidationError } from '../errors/errors';
import { compileTopicFilter, topicMatches, validateTopicFilter, validateTopicName } from './topicFilter';

describe('validateTopicFilter (MQTT 3.1.1 §4.7)', () => {
  it.each(['#', '+', 'sport/#', 'sport/tennis/#', '+/tennis/#', 'sport/+/player1', '+/+', '/+', 'a//b', 'sport', ' spaced level '])(
    'accepts %p',
    (filter) => {
      expect(validateTopicFilter(filter)).toBe(filter);
    }
  );

  it.each(['', 'sport/tennis#', 'sport/tennis/#/ranking', 'sport+', 'sport/+tennis', '#/a', 'a/b#', 'a/\u0000'])(
    'rejects %p with a validation error',
    (filter) => {
      expect(() => validateTopicFilter(filter)).toThrow(ValidationError);
    }
  );

  it('rejects a filter over the byte limit and says the limit', () => {
    expect(() => validateTopicFilter('é'.repeat(10), 16)).toThrow(/20 bytes long; the limit is 16/);
  });

  it('rejects non-strings', () => {
    expect(() => validateTopicFilter(undefined)).toThrow(ValidationError);
    expect(() => validateTopicFilter(42)).toThrow(ValidationError);
  });
});

describe('validateTopicName', () => {
  it('refuses wildcards in names', () => {
    expect(() => validateTopicName('a/+/b')).toThrow(/wildcard/);
    expect(() => validateTopicName('a/#')).toThrow(/wildcard/);
    expect(validateTopicName('a/b')).toBe('a/b');
  });
});

describe('topicMatches', () => {
  it.each([
    ['sport/tennis/player1/#', 'sport/tennis/player1', true],
    ['sport/tennis/player1/#', 'sport/tennis/player1/ranking', true],
    ['sport/tennis/player1/#', 'sport/tennis/player1/score/wimbledon', true],
    ['sport/#', 'sport', true],
    ['#', 'anything/at/all', true],
    ['sport/tennis/+', 'sport/tennis/player1', true],
    ['sport/tennis/+', 'sport/tennis/player1/ranking', false],
    ['sport/+', 'sport', false],
    ['sport/+', 'sport/', true],
    ['+/+', '/finance', true],
    ['/+', '/finance', true],
    ['+', '/finance', false],
    ['#', '$SYS/broker', false],
    ['+/monitor/Clients', '$SYS/monitor/Clients', false],
    ['$SYS/#', '$SYS/monitor/Clients', true],
    ['$SYS/monitor/+', '$SYS/monitor/Clients', true],
    ['a/b', 'a/b', true],
    ['a/b', 'a/B', false],
  ])('%p matches %p: %p', (filter, topic, expected) => {
    expect(topicMatches(filter, topic)).toBe(expected);
  });

  it('a filter without wildcards matches only itself', () => {
    const level = fc.stringMatching(/^[a-z0-9]{0,4}$/);
    const topic = fc.array(level, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(topic, topic, (a, b) => {
        expect(compileTopicFilter(a)(b)).toBe(a === b);
      })
    );
  });

  it('"#" under a prefix matches exactly the topics that start with that prefix', () => {
    const level = fc.stringMatching(/^[a-c]{1,2}$/);
    const levels = fc.array(level, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(levels, levels, (prefix, parts) => {
        const matches = compileTopicFilter(`${prefix.join('/')}/#`)(parts.join('/'));
        const startsWith = parts.length >= prefix.length && prefix.every((p, i) => parts[i] === p);
        expect(matches).toBe(startsWith);
      })
    );
  });
});
