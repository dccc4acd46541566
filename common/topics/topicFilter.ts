/**
 * MQTT 3.1.1 topic names and filters (§4.7): '/' separates levels, '+' matches exactly one level,
 * '#' (alone, as the last level) matches the parent and every level below it. Empty levels are
 * legal. Topics starting with '$' are not matched by a filter whose first level is a wildcard.
 */
import { ValidationError } from '../errors/errors';

/** The MQTT limit; components may enforce a smaller one. */
export const MAX_TOPIC_BYTES = 65_535;

const textEncoder = new TextEncoder();

function checkCommon(kind: 'topic' | 'filter', value: unknown, maxBytes: number): asserts value is string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ValidationError(`the ${kind} is empty: give at least one character, e.g. "site/a/device/d1/temperature"`);
  }
  if (value.includes('\u0000')) {
    throw new ValidationError(`the ${kind} "${printable(value)}" contains a NUL character, which MQTT topics forbid`);
  }
  const bytes = value.length * 3 <= maxBytes ? value.length : textEncoder.encode(value).length;
  if (bytes > maxBytes) {
    throw new ValidationError(`the ${kind} is ${bytes} bytes long; the limit is ${maxBytes} bytes`);
  }
}

function printable(value: string): string {
  const shown = value.replace(/\u0000/g, '\\0');
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

/** Throws a ValidationError unless `topic` is a valid topic name to publish under (no wildcards). */
export function validateTopicName(topic: unknown, maxBytes = MAX_TOPIC_BYTES): string {
  checkCommon('topic', topic, maxBytes);
  if (topic.includes('+') || topic.includes('#')) {
    throw new ValidationError(
      `the topic "${printable(topic)}" contains a wildcard ('+' or '#'); wildcards belong in subscription filters, not in topic names`
    );
  }
  return topic;
}

/** Throws a ValidationError unless `filter` is a valid MQTT topic filter. */
export function validateTopicFilter(filter: unknown, maxBytes = MAX_TOPIC_BYTES): string {
  checkCommon('filter', filter, maxBytes);
  const levels = filter.split('/');
  levels.forEach((level, index) => {
    if (level.includes('#') && (level !== '#' || index !== levels.length - 1)) {
      throw new ValidationError(
        `the filter "${printable(filter)}" is invalid: '#' must stand alone as the last level, e.g. "site/+/device/#"`
      );
    }
    if (level.includes('+') && level !== '+') {
      throw new ValidationError(
        `the filter "${printable(filter)}" is invalid: '+' must stand alone in its level, e.g. "site/+/temperature"`
      );
    }
  });
  return filter;
}

/** True when the filter has a '+' or '#' level. */
export function hasWildcard(filter: string): boolean {
  return filter.includes('+') || filter.includes('#');
}

/** A compiled filter: test topics against it without re-parsing the filter. */
export type TopicMatcher = (topic: string) => boolean;

/** Compiles a (validated) filter into a matcher. */
export function compileTopicFilter(filter: string): TopicMatcher {
  if (!hasWildcard(filter)) {
    return (topic) => topic === filter;
  }
  const levels = filter.split('/');
  const multi = levels[levels.length - 1] === '#';
  const fixed = multi ? levels.slice(0, -1) : levels;
  const wildcardFirst = levels[0] === '+' || levels[0] === '#';
  return (topic) => {
    if (wildcardFirst && topic.startsWith('$')) {
      return false;
    }
    const parts = topic.split('/');
    if (multi ? parts.length < fixed.length : parts.length !== fixed.length) {
      return false;
    }
    for (let i = 0; i < fixed.length; i++) {
      if (fixed[i] !== '+' && fixed[i] !== parts[i]) {
        return false;
      }
    }
    return true;
  };
}

/** True when `topic` matches `filter` (both assumed valid). */
export function topicMatches(filter: string, topic: string): boolean {
  return compileTopicFilter(filter)(topic);
}
