import { compileTopicFilter } from '../../../../common/topics/topicFilter';
import { escapeToken, SubjectMap, unescapeToken } from './subjects';

const subjects = new SubjectMap('iot');

/** NATS subject matching, written out to check the mapping against MQTT semantics. */
function natsMatches(filter: string, subject: string): boolean {
  const f = filter.split('.');
  const s = subject.split('.');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '>') {
      return s.length > i;
    }
    if (i >= s.length || (f[i] !== '*' && f[i] !== s[i])) {
      return false;
    }
  }
  return f.length === s.length;
}

describe('subjects', () => {
  it('keeps plain levels readable and escapes everything NATS reserves, reversibly', () => {
    expect(subjects.topicSubject('acme', 'site/1/temp')).toBe('iot.acme.site.1.temp.!');
    for (const level of ['', 'a.b', 'a*b', 'x>', 'with space', '~tilde', 'ü€😀', '!', '$SYS', 'tab\there']) {
      const token = escapeToken(level);
      expect(token).toMatch(/^[A-Za-z0-9_~-]+$/);
      expect(unescapeToken(token)).toBe(level);
    }
    const topic = '/a.b//c d/';
    expect(subjects.topicOf(subjects.topicSubject('t.1', topic))).toBe(topic);
  });

  it('separates tenants: a tenant name cannot reach into another tenant or a deeper level', () => {
    expect(subjects.topicSubject('a.b', 'c')).not.toBe(subjects.topicSubject('a', 'b/c'));
    expect(subjects.streamName('a.b')).not.toBe(subjects.streamName('a_b'));
    expect(natsMatches(subjects.filterSubject('a', '#'), subjects.topicSubject('a.b', 'c'))).toBe(false);
  });

  it('maps MQTT filters to NATS filters with the same matches, "#" matching the parent level too', () => {
    const topics = ['a', 'a/b', 'a/b/c', 'a//c', '', '/', 'b/a', 'a.b', 'a/*', 'a/>'];
    const filters = ['a', 'a/#', 'a/+', '+', '+/#', '#', 'a/+/c', '+/+', '/#', 'a.b', 'a/*'];
    for (const filter of filters) {
      const matcher = compileTopicFilter(filter);
      for (const topic of topics) {
        const viaNats = natsMatches(subjects.filterSubject('t', filter), subjects.topicSubject('t', topic));
        expect(`${filter} ~ ${topic}: ${viaNats}`).toBe(`${filter} ~ ${topic}: ${matcher(topic)}`);
      }
    }
  });

  it('refuses topics whose subject would be too long for NATS, and bad prefixes', () => {
    expect(() => subjects.topicSubject('t', '€'.repeat(1000))).toThrow(/too long once escaped/);
    expect(() => new SubjectMap('bad prefix')).toThrow(/subject prefix/);
  });
});
