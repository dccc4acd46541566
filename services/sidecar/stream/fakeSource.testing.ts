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
  /** Delivers envelopes (topic, sequence) on this call. */
  emit(topic: string, ...sequences: number[]): void;
}

export class FakeSource implements EnvelopeSource {
  readonly calls: FakeCall[] = [];

  subscribe(token: string | undefined, request: SubscribeRequestInit, handlers: SubscribeHandlers): UpstreamCall {
    const call: FakeCall = {
      token,
      request,
      handlers,
      cancelled: false,
      emit(topic, ...sequences) {
        for (const sequence of sequences) {
          if (!call.cancelled) {
            handlers.onEnvelope({
              envelope: iot.broker.v1.Envelope.create({ topic, sequence, brokerTime: { seconds: sequence } }),
              byteLength: 20,
            });
          }
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
