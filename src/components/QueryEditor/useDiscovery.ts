import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DeviceSummary, TopicSummary } from '../../../common/api/sidecarApi';
import { compileTopicFilter, validateTopicFilter } from '../../../common/topics/topicFilter';

/** The discovery calls the editor needs from the datasource. */
export interface DiscoverySource {
  listTopics(filter?: string): Promise<TopicSummary[]>;
  listDevices(): Promise<DeviceSummary[]>;
}

export interface Discovery<T> {
  items: T[];
  loading: boolean;
  error?: string;
  reload: () => void;
}

function useLoader<T>(load: () => Promise<T[]>): Discovery<T> {
  const [state, setState] = useState<{ items: T[]; loading: boolean; error?: string }>({ items: [], loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (items) => current && setState({ items, loading: false }),
      (err: unknown) =>
        current && setState({ items: [], loading: false, error: err instanceof Error ? err.message : String(err) })
    );
    return () => {
      current = false;
    };
  }, [load, generation]);
  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    setGeneration((g) => g + 1);
  }, []);
  return { ...state, reload };
}

/** Every topic the broker knows, loaded once per editor. */
export function useTopics(source: DiscoverySource): Discovery<TopicSummary> {
  const load = useCallback(() => source.listTopics(), [source]);
  return useLoader(load);
}

/** Every device the broker knows, loaded when asked for. */
export function useDevices(source: DiscoverySource): Discovery<DeviceSummary> {
  const load = useCallback(() => source.listDevices(), [source]);
  return useLoader(load);
}

/** The field names seen on the topics a filter matches (plus "device"), sorted. */
export function fieldsOfFilter(topics: TopicSummary[], filter: string): string[] {
  let matches: (topic: string) => boolean;
  try {
    matches = compileTopicFilter(validateTopicFilter(filter));
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const topic of topics) {
    if (matches(topic.name)) {
      topic.fields.forEach((f) => names.add(f));
    }
  }
  return [...names].sort();
}

/** fieldsOfFilter, memoized for the editor. */
export function useFieldsOfFilter(topics: TopicSummary[], filter: string): string[] {
  return useMemo(() => fieldsOfFilter(topics, filter), [topics, filter]);
}
