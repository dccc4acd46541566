import React, { useCallback } from 'react';
import type { QueryEditorProps } from '@grafana/data';
import type { DataSource } from '../../datasource';
import { migrateQuery, QUERY_VERSION, resolveQuery, type IoTOptions, type IoTQuery } from '../../types';
import { testIds } from '../testIds';
import { AggregationRow } from './AggregationRow';
import { CommandSection } from './CommandSection';
import { StreamOptionsRows } from './StreamOptionsRows';
import { topicProblem } from '../../query/topicProblem';
import { TopicRow } from './TopicRow';
import { useTopics } from './useDiscovery';
import { canSendCommands } from './userRole';

type Props = QueryEditorProps<DataSource, IoTQuery, IoTOptions>;

/** The query editor: what to stream, how to show it, and a way to send messages and commands. */
export function QueryEditor({ query, datasource, onChange, onRunQuery }: Props) {
  const saved = migrateQuery(query);
  const resolved = resolveQuery(saved);
  const topics = useTopics(datasource);

  const update = useCallback(
    (change: Partial<IoTQuery>, run = true) => {
      const next = { ...saved, ...change, version: QUERY_VERSION };
      onChange(next);
      if (run && topicProblem(next.topic ?? '') === undefined) {
        onRunQuery();
      }
    },
    [saved, onChange, onRunQuery]
  );

  return (
    <div data-testid={testIds.queryEditor.container}>
      <TopicRow
        topic={resolved.topic}
        fields={resolved.fields}
        topics={topics.items}
        loading={topics.loading}
        discoveryError={topics.error}
        onTopicChange={(topic) => update({ topic })}
        onFieldsChange={(fields) => update({ fields })}
      />
      <StreamOptionsRows query={resolved} onChange={(change) => update(change)} />
      <AggregationRow aggregation={saved.aggregation} onChange={(aggregation) => update({ aggregation })} />
      {canSendCommands() && <CommandSection target={datasource} defaultTopic={resolved.topic} />}
    </div>
  );
}
