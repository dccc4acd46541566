/**
 * How topics become NATS subjects, reversibly and without ambiguity.
 *
 *   topic "site/1/temp" of tenant "acme"  →  "<prefix>.acme.site.1.temp.!"
 *
 * Every topic level becomes one subject token. Characters outside [A-Za-z0-9_-] (among them the ones
 * NATS reserves: '.', '*', '>', whitespace) are written as "~" and two hex digits per UTF-8 byte; an
 * empty level (legal in MQTT) becomes a lone "~". Tenants are escaped the same way and get their own
 * token (and their own stream), so no filter of one tenant can match another's subjects.
 *
 * Every subject ends with the token "!", which no escaped level can be: MQTT's "a/#" matches "a"
 * itself, and NATS's "a.>" does not match "a", but it does match "a.!".
 */
import { ValidationError } from '../../../../common/errors/errors';

/** The token that ends every topic subject. */
export const END_TOKEN = '!';
/** NATS's default max_control_line is 4 KB; keep the subject well under it. */
export const MAX_SUBJECT_BYTES = 3_500;

const PLAIN = /^[A-Za-z0-9_-]+$/;
const PLAIN_CHAR = /[A-Za-z0-9_-]/;
const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** One topic level (or a tenant name) as a subject token. */
export function escapeToken(level: string): string {
  if (level.length === 0) {
    return '~';
  }
  if (PLAIN.test(level)) {
    return level;
  }
  let token = '';
  for (const char of level) {
    if (PLAIN_CHAR.test(char)) {
      token += char;
    } else {
      for (const byte of textEncoder.encode(char)) {
        token += '~' + byte.toString(16).toUpperCase().padStart(2, '0');
      }
    }
  }
  return token;
}

/** The level a token was escaped from. */
export function unescapeToken(token: string): string {
  if (token === '~') {
    return '';
  }
  if (!token.includes('~')) {
    return token;
  }
  const bytes: number[] = [];
  for (let i = 0; i < token.length; i++) {
    if (token[i] === '~') {
      bytes.push(parseInt(token.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(token.charCodeAt(i));
    }
  }
  return textDecoder.decode(new Uint8Array(bytes));
}

/** Subjects and stream names of one deployment (one subject prefix). */
export class SubjectMap {
  constructor(private readonly prefix: string) {
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(prefix)) {
      throw new ValidationError(
        `the NATS subject prefix "${prefix}" is invalid: use tokens of letters, digits, "_" or "-" separated by "."`
      );
    }
  }

  /** Every subject of a tenant's topics: the subjects of its stream. */
  tenantSubjects(tenant: string): string {
    return `${this.prefix}.${escapeToken(tenant)}.>`;
  }

  /** The JetStream stream holding a tenant's topics. */
  streamName(tenant: string): string {
    return `${this.prefix.replace(/\./g, '_')}_${escapeToken(tenant)}`;
  }

  /** The subject a topic is stored under; refuses topics whose subject NATS could not carry. */
  topicSubject(tenant: string, topic: string): string {
    const subject = `${this.prefix}.${escapeToken(tenant)}.${topic.split('/').map(escapeToken).join('.')}.${END_TOKEN}`;
    if (subject.length > MAX_SUBJECT_BYTES) {
      throw new ValidationError(
        `the topic "${topic.slice(0, 80)}…" is too long once escaped for NATS (${subject.length} bytes; the limit is ${MAX_SUBJECT_BYTES}): use shorter levels or fewer special characters`
      );
    }
    return subject;
  }

  /** The NATS filter subject selecting exactly the topics an MQTT filter matches (but see coversDollarTopics). */
  filterSubject(tenant: string, filter: string): string {
    const levels = filter.split('/');
    const tokens = levels.map((level) => (level === '+' ? '*' : level === '#' ? '>' : escapeToken(level)));
    const tail = levels[levels.length - 1] === '#' ? '' : `.${END_TOKEN}`;
    return `${this.prefix}.${escapeToken(tenant)}.${tokens.join('.')}${tail}`;
  }

  /** The topic a subject of this map was made from. */
  topicOf(subject: string): string {
    const tokens = subject.split('.');
    const skip = this.prefix.split('.').length + 1;
    return tokens
      .slice(skip, tokens.length - 1)
      .map(unescapeToken)
      .join('/');
  }
}

/**
 * MQTT keeps topics starting with "$" away from filters that start with a wildcard; NATS wildcards
 * match them. Subscriptions with such a filter check each topic's first character themselves.
 */
export function coversDollarTopics(filter: string): boolean {
  return filter.startsWith('+') || filter.startsWith('#');
}
