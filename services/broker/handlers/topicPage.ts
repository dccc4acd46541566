/**
 * ListTopics answers in pages bounded in bytes: a tenant with tens of thousands of topics (each with
 * its field names) would otherwise produce one message above any client's receive limit.
 */
import { iot } from '../../../common/proto';

/** The most bytes of topics one ListTopics page carries: well under gRPC's default 4 MiB receive limit. */
export const LIST_PAGE_BYTES = 1024 * 1024;

export interface TopicPage {
  topics: iot.broker.v1.ITopicInfo[];
  /** The last topic name of this page when more follow; empty on the last page. */
  nextPageToken: string;
}

/**
 * The page of `topics` after `pageToken` (a topic name; topics are sorted by name), as many as fit
 * in `maxBytes` encoded, and at least one so a page always makes progress.
 */
export function topicPage(
  topics: iot.broker.v1.ITopicInfo[],
  pageToken: string,
  maxBytes = LIST_PAGE_BYTES
): TopicPage {
  const sorted = [...topics].sort((a, b) =>
    (a.name ?? '') < (b.name ?? '') ? -1 : (a.name ?? '') > (b.name ?? '') ? 1 : 0
  );
  const start = pageToken === '' ? 0 : sorted.findIndex((topic) => (topic.name ?? '') > pageToken);
  if (start < 0) {
    return { topics: [], nextPageToken: '' };
  }
  const page: iot.broker.v1.ITopicInfo[] = [];
  let bytes = 0;
  for (let i = start; i < sorted.length; i++) {
    // Each entry of the repeated field costs its encoding plus a tag and a length prefix.
    const size = iot.broker.v1.TopicInfo.encode(sorted[i]).len + 6;
    if (page.length > 0 && bytes + size > maxBytes) {
      return { topics: page, nextPageToken: page[page.length - 1].name ?? '' };
    }
    page.push(sorted[i]);
    bytes += size;
  }
  return { topics: page, nextPageToken: '' };
}
