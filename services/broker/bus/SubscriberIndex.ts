import { compileTopicFilter, hasWildcard, type TopicMatcher } from '../../../common/topics/topicFilter';
import type { MessageListener } from './Bus';
import type { TopicLog } from './TopicLog';

/** A live subscription as the index keeps it; the filter is compiled once. */
export interface Subscriber {
  readonly filter: string;
  readonly matches: TopicMatcher;
  readonly listener: MessageListener;
}

/**
 * The live subscriptions of one tenant. Exact filters are found by a map lookup; wildcard filters are
 * tested once per topic and the result is cached on the topic until the set of subscriptions changes,
 * so a publish costs one version check in the steady state, however many filters exist.
 */
export class SubscriberIndex {
  private readonly exact = new Map<string, Set<Subscriber>>();
  private readonly wildcard = new Set<Subscriber>();
  private version = 0;
  private count = 0;

  /** Live subscriptions. */
  get size(): number {
    return this.count;
  }

  /** Adds a subscription for a validated filter. */
  add(filter: string, listener: MessageListener): Subscriber {
    const subscriber: Subscriber = { filter, matches: compileTopicFilter(filter), listener };
    if (hasWildcard(filter)) {
      this.wildcard.add(subscriber);
    } else {
      let set = this.exact.get(filter);
      if (!set) {
        set = new Set();
        this.exact.set(filter, set);
      }
      set.add(subscriber);
    }
    this.count++;
    this.version++;
    return subscriber;
  }

  /** Removes a subscription; removing twice is harmless. */
  remove(subscriber: Subscriber): void {
    const removed = hasWildcard(subscriber.filter) ? this.wildcard.delete(subscriber) : this.removeExact(subscriber);
    if (removed) {
      this.count--;
      this.version++;
    }
  }

  /** The subscribers matching a topic, from the topic's cache when still valid. */
  subscribersOf(topic: TopicLog): Subscriber[] {
    if (topic.subscribersVersion !== this.version) {
      const found: Subscriber[] = [];
      const exact = this.exact.get(topic.name);
      if (exact) {
        found.push(...exact);
      }
      for (const subscriber of this.wildcard) {
        if (subscriber.matches(topic.name)) {
          found.push(subscriber);
        }
      }
      topic.subscribers = found;
      topic.subscribersVersion = this.version;
    }
    return topic.subscribers;
  }

  private removeExact(subscriber: Subscriber): boolean {
    const set = this.exact.get(subscriber.filter);
    if (!set?.delete(subscriber)) {
      return false;
    }
    if (set.size === 0) {
      this.exact.delete(subscriber.filter);
    }
    return true;
  }
}
