import { SubscriberIndex } from './SubscriberIndex';
import { TopicLog } from './TopicLog';

describe('SubscriberIndex', () => {
  it('finds exact and wildcard subscribers and refreshes its cache when subscriptions change', () => {
    const index = new SubscriberIndex();
    const topic = new TopicLog('site/a/temp', 10);
    const exact = index.add('site/a/temp', () => undefined);
    const plus = index.add('site/+/temp', () => undefined);
    index.add('other/#', () => undefined);
    expect(
      index
        .subscribersOf(topic)
        .map((s) => s.filter)
        .sort()
    ).toEqual(['site/+/temp', 'site/a/temp']);
    const cached = index.subscribersOf(topic);
    expect(index.subscribersOf(topic)).toBe(cached);
    index.remove(plus);
    index.remove(plus);
    expect(index.subscribersOf(topic).map((s) => s.filter)).toEqual(['site/a/temp']);
    const hash = index.add('#', () => undefined);
    expect(index.subscribersOf(topic)).toHaveLength(2);
    index.remove(exact);
    index.remove(hash);
    expect(index.subscribersOf(topic)).toEqual([]);
    expect(index.size).toBe(1);
  });
});
