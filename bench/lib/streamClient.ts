/**
 * Minimal stream-protocol clients for load: they subscribe over WebSocket as the plugin does (with
 * telemetry blocks) and count what arrives. Only a probe client decodes frames; the others count
 * bytes, since the sidecar sends every client of a shared stream the very same bytes.
 */
import WebSocket from 'ws';
import { ClientFrameCodec, ServerFrameWireCodec } from '../../common/proto';
import { batchFromWire } from '../../src/stream/messageBatch';
import type { MessageBatch } from '../../src/stream/batchTypes';

export interface CountingClient {
  bytes: number;
  frames: number;
  /** Only for a probe: messages and numeric values received. */
  messages: number;
  samples: number;
  close(): void;
}

export interface OpenClientOptions {
  url: string;
  apiKey: string;
  filter: string;
  probe: boolean;
  /** Called per decoded message on a probe, with its event time in epoch ms. */
  onMessage?: (eventTimeMs: number) => void;
}

/** Numeric values in a batch, whichever form it came in. */
function countSamples(batch: MessageBatch): number {
  let samples = 0;
  for (const column of batch.telemetry?.values ?? []) {
    for (let row = 0; row < column.length; row++) {
      samples += Number.isNaN(column[row]) ? 0 : 1;
    }
  }
  for (const payload of batch.payloads ?? []) {
    samples += Object.keys(payload?.telemetry?.values ?? {}).length;
  }
  return samples;
}

/** Connects, subscribes live to `filter`, and resolves once the sidecar confirms the subscription. */
export function openCountingClient(options: OpenClientOptions): Promise<CountingClient> {
  const socket = new WebSocket(options.url, { headers: { authorization: `Bearer ${options.apiKey}` } });
  socket.binaryType = 'nodebuffer';
  const client: CountingClient = {
    bytes: 0,
    frames: 0,
    messages: 0,
    samples: 0,
    close: () => socket.close(1000),
  };
  let confirmed = false;
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      socket.send(
        ClientFrameCodec.encode({
          subscribe: { id: 1, filter: options.filter, options: { telemetryBlocks: true } },
        }).finish()
      );
    });
    socket.on('message', (data: Buffer) => {
      client.bytes += data.length;
      client.frames++;
      if (!options.probe && confirmed) {
        return;
      }
      const frame = ServerFrameWireCodec.decode(data);
      if (frame.subscribed && !confirmed) {
        confirmed = true;
        resolve(client);
      } else if (frame.error) {
        reject(new Error(`the sidecar refused the subscription: ${frame.error.message}`));
      } else if (frame.batch && options.probe) {
        const batch = batchFromWire(frame.batch, 0);
        client.messages += batch.length;
        client.samples += countSamples(batch);
        for (const eventTimeMs of options.onMessage ? batch.eventTimeMs : []) {
          if (!Number.isNaN(eventTimeMs)) {
            options.onMessage!(eventTimeMs);
          }
        }
      }
    });
  });
}
