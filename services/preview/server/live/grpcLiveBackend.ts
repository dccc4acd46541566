/**
 * The LiveHub's backend over the plugin's pluginv2 Stream service (gRPC), called as Grafana calls it:
 * SubscribeStream with a deadline, RunStream as a server stream that only cancelling ends early.
 */
import * as grpc from '@grpc/grpc-js';
import type { LiveStreamBackend, StreamRequest, SubscribeStreamAnswer } from './LiveHub';

/** Grafana's deadline for a plugin call made for a browser request. */
const SUBSCRIBE_DEADLINE_MS = 30_000;

type UntypedClient = Record<string, (...args: unknown[]) => unknown>;

/** A LiveStreamBackend on a pluginv2 Stream client. */
export function grpcLiveBackend(stream: grpc.Client): LiveStreamBackend {
  const client = stream as unknown as UntypedClient;
  return {
    subscribeStream: (request: StreamRequest) =>
      new Promise<SubscribeStreamAnswer>((resolve, reject) =>
        client.SubscribeStream(
          { ...request, headers: {} },
          { deadline: Date.now() + SUBSCRIBE_DEADLINE_MS },
          (err: grpc.ServiceError | null, response: SubscribeStreamAnswer) => (err ? reject(err) : resolve(response))
        )
      ),
    runStream(request, handlers) {
      const call = client.RunStream({ ...request, headers: {} }) as grpc.ClientReadableStream<{ data: Buffer }>;
      let cancelled = false;
      call.on('data', (packet: { data: Buffer }) => handlers.packet(packet.data));
      call.on('error', (err: grpc.ServiceError) => {
        if (!cancelled) {
          handlers.end(err);
        }
      });
      call.on('end', () => {
        if (!cancelled) {
          handlers.end();
        }
      });
      return {
        cancel: () => {
          cancelled = true;
          call.cancel();
        },
      };
    },
  };
}
