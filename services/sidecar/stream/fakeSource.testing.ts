/** A scripted EnvelopeSource for unit tests: records each Subscribe and lets the test drive it. */
import pino from 'pino';
import { iot } from '../../../common/proto';
import type { EnvelopeSource, SubscribeHandlers, SubscribeRequestInit, UpstreamCall } from '../broker/brokerGateway';
import { SidecarMetrics } from '../metrics';

export interface FakeCall {
  token?: string;
  request: SubscribeRequestInit;
  handlers: SubscribeHandlers;
  cancelled: boolean;
  /** Delivers envelopes (topic, sequence) on this call; each takes the next offset of the source. */
  emit(topic: string, ...sequences: number[]): void;
  /** Sends the StreamStart. */
  start(epoch: string, recovered?: boolean): void;
  /** States a gap (reason GAP_REASON_UNSPECIFIED unless given). */
  gap(topic: string, fromSequence: number, toSequence: number, reason?: iot.broker.v1.GapReason): void;
  /** Says the replayed history is over. */
  historyEnd(): void;
}

export class FakeSource implements EnvelopeSource {
  readonly calls: FakeCall[] = [];
  /** The offset of the last envelope emitted; tests may set it to model the tenant's history. */
  offset = 0;

  subscribe(token: string | undefined, request: SubscribeRequestInit, handlers: SubscribeHandlers): UpstreamCall {
    const call: FakeCall = {
      token,
      request,
      handlers,
      cancelled: false,
      emit: (topic, ...sequences) => {
        for (const sequence of sequences) {
          if (!call.cancelled) {
            const offset = ++this.offset;
            handlers.onEnvelope({
              envelope: iot.broker.v1.Envelope.create({ topic, sequence, offset, brokerTime: { seconds: sequence } }),
              byteLength: 20,
            });
          }
        }
      },
      start: (epoch, recovered = false) => {
        if (!call.cancelled) {
          handlers.onStart({ epoch, recovered });
        }
      },
      gap: (topic, fromSequence, toSequence, reason) => {
        if (!call.cancelled) {
          handlers.onGap({ topic, fromSequence, toSequence, reason });
        }
      },
      historyEnd: () => {
        if (!call.cancelled) {
          handlers.onHistoryEnd?.();
        }
      },
    };
    this.calls.push(call);
    return { cancel: () => (call.cancelled = true) };
  }
}

export const quietLogger = pino({ level: 'silent' });

export function testMetrics(): SidecarMetrics {
  return new SidecarMetrics({ defaultMetrics: false });
}

/** Lets pending timers (0 ms) and promise callbacks run. */
export function settle(ms = 5): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
