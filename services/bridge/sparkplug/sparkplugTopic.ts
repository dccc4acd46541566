/** Sparkplug B topics: `spBv1.0/<group>/<message type>/<edge node>[/<device>]`. */

export const SPARKPLUG_NAMESPACE = 'spBv1.0';

export const MESSAGE_TYPES = [
  'NBIRTH',
  'NDEATH',
  'NDATA',
  'NCMD',
  'DBIRTH',
  'DDEATH',
  'DDATA',
  'DCMD',
  'STATE',
] as const;
export type SparkplugMessageType = (typeof MESSAGE_TYPES)[number];

export interface SparkplugTopic {
  group: string;
  type: SparkplugMessageType;
  node: string;
  /** Set for device messages (DBIRTH, DDATA, DDEATH, DCMD). */
  device?: string;
}

/** Parses a Sparkplug B topic; undefined for anything else (including the host STATE topic). */
export function parseSparkplugTopic(topic: string): SparkplugTopic | undefined {
  const levels = topic.split('/');
  if (levels[0] !== SPARKPLUG_NAMESPACE || levels.length < 4 || levels.length > 5) {
    return undefined;
  }
  const [, group, type, node, device] = levels;
  if (!(MESSAGE_TYPES as readonly string[]).includes(type) || type === 'STATE' || !group || !node) {
    return undefined;
  }
  const isDevice = type.startsWith('D');
  if (isDevice !== (device !== undefined) || device === '') {
    return undefined;
  }
  return { group, type: type as SparkplugMessageType, node, device };
}

/** The topic of a message to an edge node (NCMD) or one of its devices (DCMD). */
export function sparkplugCommandTopic(group: string, node: string, device?: string): string {
  return device === undefined
    ? `${SPARKPLUG_NAMESPACE}/${group}/NCMD/${node}`
    : `${SPARKPLUG_NAMESPACE}/${group}/DCMD/${node}/${device}`;
}
