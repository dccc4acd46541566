/**
 * The preamble every broker call shares, written once: the request must have decoded, the caller
 * must authenticate and hold the method's permission, and whatever goes wrong becomes a gRPC status
 * with an actionable message (unexpected errors are logged and reported as INTERNAL).
 * Handlers wrapped here hold only what their method does.
 */
import type * as grpc from '@grpc/grpc-js';
import { requirePermission, type Principal } from '../auth/Authenticator';
import type { Permission } from '../../../common/auth/permissions';
import type { BrokerContext } from '../BrokerContext';
import { assertDecoded, toServiceError } from '../grpcErrors';

/** What a method asks of its callers before it runs. */
export interface CallGuard {
  /** The method's name, in logs and in the INTERNAL status. */
  readonly method: string;
  /** The request message's name, checked for decoding; unset for a stream whose messages are checked one by one. */
  readonly request?: string;
  /** The permission the caller must hold; unset lets any authenticated caller in. */
  readonly permission?: Permission;
}

/** The parts of a call the preamble reads. */
interface AdmittedCall {
  readonly metadata: grpc.Metadata;
  readonly request?: unknown;
}

/** Decode check, authentication and permission; returns the caller or throws a typed error. */
export function admit(context: BrokerContext, guard: CallGuard, call: AdmittedCall): Principal {
  if (guard.request !== undefined) {
    assertDecoded(call.request, guard.request);
  }
  const principal = context.auth.authenticate(call.metadata);
  if (guard.permission !== undefined) {
    requirePermission(principal, guard.permission);
  }
  return principal;
}

/** A unary handler: `answer` runs for an admitted caller; a throw or rejection becomes the call's status. */
export function unaryHandler<Request, Response>(
  context: BrokerContext,
  guard: CallGuard,
  answer: (call: grpc.ServerUnaryCall<Request, Response>, principal: Principal) => Response | Promise<Response>,
  /** Told of every refused call before its status is sent (e.g. to count rejections). */
  onRefused?: (err: unknown) => void
): grpc.handleUnaryCall<Request, Response> {
  return (call, callback) => {
    const respond = async () => answer(call, admit(context, guard, call));
    respond().then(
      (response) => callback(null, response),
      (err: unknown) => {
        onRefused?.(err);
        callback(toServiceError(err, context.logger, guard.method));
      }
    );
  };
}

type StreamCall = grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>;

/** The events after which a stream can no longer be given a status. */
const STREAM_ENDINGS = ['cancelled', 'close', 'finish', 'error'] as const;

/**
 * A streaming handler (server or bidirectional): `start` runs for an admitted caller; a throw or
 * rejection ends the stream with its status, unless the stream has already ended by then.
 */
export function streamHandler<Call extends StreamCall>(
  context: BrokerContext,
  guard: CallGuard,
  start: (call: Call, principal: Principal) => void | Promise<void>
): (call: Call) => void {
  return (call) => {
    let ended = false;
    for (const event of STREAM_ENDINGS) {
      call.on(event, () => {
        ended = true;
      });
    }
    const run = async () => start(call, admit(context, guard, call as AdmittedCall));
    run().catch((err: unknown) => {
      if (!ended) {
        call.emit('error', toServiceError(err, context.logger, guard.method));
      }
    });
  };
}
