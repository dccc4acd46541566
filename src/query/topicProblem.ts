import { validateTopicFilter } from '../../common/topics/topicFilter';

/** Why a topic filter is refused, or undefined. Template variables pass: they are checked once expanded. */
export function topicProblem(topic: string): string | undefined {
  if (topic.trim() === '') {
    return undefined;
  }
  try {
    validateTopicFilter(topic.trim());
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
