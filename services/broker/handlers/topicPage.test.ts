import { iot } from '../../../common/proto';
import { topicPage } from './topicPage';

const topic = (name: string, fields = 0): iot.broker.v1.ITopicInfo => ({
  name,
  messageCount: 1,
  fields: Array.from({ length: fields }, (_, i) => `field_${i}`),
});

describe('topicPage', () => {
  it('pages topics sorted by name, bounded in bytes, until every topic was listed once', () => {
    const topics = Array.from({ length: 500 }, (_, i) => topic(`site/${String(499 - i).padStart(3, '0')}`, 10));
    const seen: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const page = topicPage(topics, token, 4_096);
      const bytes = iot.broker.v1.ListTopicsResponse.encode({ topics: page.topics }).finish().length;
      expect(bytes).toBeLessThanOrEqual(4_096);
      seen.push(...page.topics.map((t) => t.name ?? ''));
      token = page.nextPageToken;
      pages++;
    } while (token !== '' && pages < 1_000);
    expect(pages).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(500);
  });

  it('always makes progress, even with one topic larger than a page', () => {
    const page = topicPage([topic('a', 1_000), topic('b')], '', 100);
    expect(page.topics.map((t) => t.name)).toEqual(['a']);
    expect(page.nextPageToken).toBe('a');
    expect(topicPage([topic('a'), topic('b')], 'b')).toEqual({ topics: [], nextPageToken: '' });
  });
});
