/**
 * Minimal stream-protocol clients for load: they subscribe over WebSocket and count what arrives.
 * Only a probe client decodes frames; the others count bytes, since the sidecar sends every client
 * of a shared stream the very same bytes.
 */
import WebSocket from 'ws';
import { ClientFrameCodec, ServerFrameCodec } from '../../common/proto';

export interface CountingClient {
  bytes: number;
  frames: number;
  /** Only for a probe: envelopes and numeric values received. */
  envelopes: number;
  samples: number;
  close(): void;
}

export interface OpenClientOptions {
  url: string;
  apiKey: string;
  filter: string;
  probe: boolean;
  /** Called per decoded envelope on a probe, with its event time in epoch ms. */
  onEnvelope?: (eventTimeMs: number) => void;
}

/** Connects, subscribes live to `filter`, and resolves once the sidecar confirms the subscription. */
export function openCountingClient(options: OpenClientOptions): Promise<CountingClient> {
  const socket = new WebSocket(options.url, { headers: { authorization: `Bearer ${options.apiKey}` } });
  socket.binaryType = 'nodebuffer';
  const client: CountingClient = {
    bytes: 0,
    frames: 0,
    envelopes: 0,
    samples: 0,
    close: () => socket.close(1000),
  };
  let confirmed = false;
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      socket.send(ClientFrameCodec.encode({ subscribe: { id: 1, filter: options.filter } }).finish());
    });
    socket.on('message', (data: Buffer) => {
      client.bytes += data.length;
      client.frames++;
      if (!options.probe && confirmed) {
        return;
      }
      const frame = ServerFrameCodec.decode(data);
      if (frame.subscribed && !confirmed) {
        confirmed = true;
        resolve(client);
      } else if (frame.error) {
        reject(new Error(`the sidecar refused the subscription: ${frame.error.message}`));
      } else if (frame.batch && options.probe) {
        for (const envelope of frame.batch.envelopes ?? []) {
          client.envelopes++;
          const values = envelope.payload?.telemetry?.values;
          if (values) {
            client.samples += Object.keys(values).length;
          }
          if (options.onEnvelope && envelope.eventTime) {
            options.onEnvelope(Number(envelope.eventTime.seconds) * 1000 + (envelope.eventTime.nanos ?? 0) / 1e6);
          }
        }
      }
    });
  });
}
