/**
 * A subscription on JetStream: one ordered consumer gives the history and then the live messages, so
 * there is no seam to guard. The consumer's pending count at creation tells where history ends. The
 * ordered consumer recreates itself after a server restart or a lost message, resuming after the last
 * stream sequence it delivered; the checks here make sure nothing before the start, and nothing twice,
 * reaches the listener.
 */
import {
  DeliverPolicy,
  type ConsumerMessages,
  type JetStreamClient,
  type JsMsg,
  type OrderedConsumerOptions,
} from '@nats-io/jetstream';
import type { MessageListener, StoredMessage } from '../Bus';
import { eventOf } from '../EnvelopeEncoder';

/** Where the consumer starts and which of the first messages belong to the history. */
export interface ConsumerStart {
  /** The first stream sequence to read. */
  startSequence: number;
  /** Start by time instead (epoch ms), when nothing better is known. */
  startTimeMs?: number;
  /** False for a live-only subscription: no history at all. */
  withHistory: boolean;
  /** Whether a history message is replayed (resume positions, time windows). */
  accept(topic: string, sequence: number, timeMs: number): boolean;
  /** The most history messages replayed; the newest are kept. */
  limit: number;
  /** Stop at the first message at or after this time (epoch ms). */
  untilMs?: number;
  /** End once the history is read: no live messages. */
  historyOnly: boolean;
}

/** How a stored JetStream message becomes a bus message. */
export type MessageReader = (msg: JsMsg) => StoredMessage;

/**
 * Turns a JetStream message into a bus message. The stream sequence is both the message's offset in
 * the tenant's history and its topic sequence (docs/broker.md, "Sequences on JetStream").
 */
export function storedMessageOf(msg: JsMsg, topic: string): StoredMessage {
  const sequence = msg.seq;
  return {
    topic,
    sequence,
    brokerTimeMs: timeMsOf(msg),
    ordinal: sequence,
    bytes: eventOf(msg.data, sequence, sequence),
  };
}

/** The first and last sequence of a topic's messages that max_history cut from a replay. */
export interface CutRange {
  fromSequence: number;
  toSequence: number;
}

/** An open consumer: the history read, what the replay limit cut from it, and live delivery after it. */
export interface OpenedConsumer {
  readonly messages: StoredMessage[];
  readonly cut: ReadonlyMap<string, CutRange>;
  close(): void;
}

/** When JetStream stored the message (epoch ms). */
function timeMsOf(msg: JsMsg): number {
  return Math.floor(msg.info.timestampNanos / 1_000_000);
}

/** Opens a subscription; resolves once the history is read, with live delivery running after it. */
export async function openJetStreamSubscription(
  js: JetStreamClient,
  stream: string,
  filterSubject: string,
  start: ConsumerStart,
  read: MessageReader,
  keep: (msg: JsMsg) => boolean,
  listener: MessageListener,
  onClose: () => void
): Promise<OpenedConsumer> {
  const consumerOptions: Partial<OrderedConsumerOptions> = { filter_subjects: filterSubject };
  if (start.startTimeMs !== undefined) {
    consumerOptions.deliver_policy = DeliverPolicy.StartTime;
    consumerOptions.opt_start_time = new Date(start.startTimeMs).toISOString();
  } else {
    consumerOptions.deliver_policy = DeliverPolicy.StartSequence;
    consumerOptions.opt_start_seq = Math.max(1, start.startSequence);
  }
  const consumer = await js.consumers.get(stream, consumerOptions);
  const historyCount = start.withHistory ? (await consumer.info(true)).num_pending : 0;
  // Server restarts are noticed by missed heartbeats; keep that well under a second or two.
  const messages: ConsumerMessages = await consumer.consume({
    max_messages: 1024,
    expires: 10_000,
    idle_heartbeat: 2_000,
  });

  const history: StoredMessage[] = [];
  let lastSequence = start.startTimeMs === undefined ? Math.max(1, start.startSequence) - 1 : 0;
  let seen = 0;
  let inHistory = historyCount > 0;
  let open = true;
  const close = () => {
    if (open) {
      open = false;
      void messages.close().catch(() => undefined);
      onClose();
    }
  };

  let historyDone: () => void = () => undefined;
  const historyRead = new Promise<void>((resolve) => (historyDone = resolve));
  const cut = new Map<string, CutRange>();
  // Keeps the newest `limit` messages, remembering per topic what it drops.
  const trim = () => {
    if (history.length <= start.limit) {
      return;
    }
    for (const dropped of history.splice(0, history.length - start.limit)) {
      const range = cut.get(dropped.topic);
      if (range) {
        range.toSequence = dropped.sequence;
      } else {
        cut.set(dropped.topic, { fromSequence: dropped.sequence, toSequence: dropped.sequence });
      }
    }
  };
  const endHistory = () => {
    if (inHistory) {
      inHistory = false;
      trim();
    }
    historyDone();
  };

  const pump = async () => {
    try {
      for await (const msg of messages) {
        // A recreated consumer resumes after the last sequence it delivered: never deliver one twice.
        if (msg.seq <= lastSequence) {
          continue;
        }
        const first = lastSequence === 0;
        lastSequence = msg.seq;
        if (!open) {
          break;
        }
        // A consumer recreated before its first message may start earlier than asked.
        const wanted = keep(msg) && !(first && start.startTimeMs !== undefined && timeMsOf(msg) < start.startTimeMs);
        if (inHistory) {
          seen++;
          const message = wanted ? read(msg) : undefined;
          if (message && start.untilMs !== undefined && message.brokerTimeMs >= start.untilMs) {
            endHistory();
            break;
          }
          if (message && start.accept(message.topic, message.sequence, message.brokerTimeMs)) {
            history.push(message);
            // Keep memory bounded while reading a long history: trim in chunks, not per message.
            if (history.length >= start.limit * 2) {
              trim();
            }
          }
          if (seen >= historyCount || msg.info.pending === 0) {
            endHistory();
            if (start.historyOnly) {
              break;
            }
          }
          continue;
        }
        if (wanted) {
          try {
            listener(read(msg));
          } catch {
            // A failing listener must not end the subscription for the messages after this one.
          }
        }
      }
    } finally {
      endHistory();
      close();
    }
  };
  if (!inHistory) {
    historyDone();
  }
  void pump().catch(() => undefined);
  await historyRead;
  if (start.historyOnly) {
    close();
  }
  return { messages: history, cut, close };
}
