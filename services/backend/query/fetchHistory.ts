/** Reads a query's history from the broker: a history-only Subscribe over the time range. */
import { IoTError, UpstreamError } from '../../../common/errors/errors';
import { timestampFromMs } from '../../../common/time/timestamp';
import type { EnvelopeSource } from '../../sidecar/broker/brokerGateway';
import type { DecodedEnvelope } from '../../../common/proto';

export interface HistoryRequest {
  token: string | undefined;
  filter: string;
  fromMs: number;
  toMs: number;
  /** 0: the broker's limit. */
  maxHistory: number;
  deadlineMs: number;
  /** Stop reading beyond this many messages (memory bound); the answer says it was cut. */
  maxMessages: number;
}

export interface History {
  envelopes: DecodedEnvelope[];
  /** True when more matched than maxMessages. */
  truncated: boolean;
}

/** Resolves with the messages of the range, oldest first; rejects with an IoTError from the broker. */
export function fetchHistory(source: EnvelopeSource, request: HistoryRequest): Promise<History> {
  return new Promise((resolve, reject) => {
    const envelopes: DecodedEnvelope[] = [];
    let truncated = false;
    const call = source.subscribe(
      request.token,
      {
        filter: request.filter,
        since: timestampFromMs(request.fromMs),
        // `until` is exclusive; the range's end is inclusive for Grafana.
        until: timestampFromMs(request.toMs + 1),
        maxHistory: request.maxHistory,
      },
      {
        // A range read needs no position; what the broker no longer retains is simply absent.
        onStart: () => undefined,
        onGap: () => undefined,
        onEnvelope: ({ envelope }) => {
          if (envelopes.length >= request.maxMessages) {
            truncated = true;
            call.cancel();
            resolve({ envelopes, truncated });
            return;
          }
          envelopes.push(envelope);
        },
        onEnd: () => resolve({ envelopes, truncated }),
        onError: (err: IoTError) =>
          reject(err.category === 'internal' ? new UpstreamError(err.message, { cause: err }) : err),
      },
      request.deadlineMs
    );
  });
}
