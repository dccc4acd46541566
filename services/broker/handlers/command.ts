/** Command: send one command to a device and wait for its answer within the call's deadline. */
import type * as grpc from '@grpc/grpc-js';
import { ValidationError } from '../../../common/errors/errors';
import type { iot } from '../../../common/proto/generated';
import type { BrokerContext } from '../BrokerContext';
import { unaryHandler } from './guardedCall';

/** Answer just before the caller's deadline, so the caller gets the broker's explanation, not a bare timeout. */
const DEADLINE_MARGIN_MS = 20;

/** Epoch ms by which the command must be answered: the call's deadline, else the broker's command timeout. */
export function commandDeadlineMs(callDeadline: grpc.Deadline, nowMs: number, defaultTimeoutMs: number): number {
  const deadlineMs = callDeadline instanceof Date ? callDeadline.getTime() : callDeadline;
  if (!Number.isFinite(deadlineMs)) {
    return nowMs + defaultTimeoutMs;
  }
  return Math.max(nowMs, deadlineMs - DEADLINE_MARGIN_MS);
}

/** The Command handler. */
export function commandHandler(
  context: BrokerContext
): grpc.handleUnaryCall<iot.broker.v1.CommandRequest, iot.broker.v1.ICommandResult> {
  const guard = { method: 'Command', request: 'CommandRequest', permission: 'command' } as const;
  return unaryHandler(context, guard, (call, principal) => {
    const { deviceId, name, payload } = call.request;
    if (!deviceId) {
      throw new ValidationError('device_id is empty: name the device to command');
    }
    if (!name) {
      throw new ValidationError('the command name is empty: e.g. "ping", "set_interval", "blink" or "reboot"');
    }
    const deadlineMs = commandDeadlineMs(call.getDeadline(), context.options.now(), context.options.commandTimeoutMs);
    const handle = context.commands.send(principal.tenant, deviceId, name, payload, deadlineMs);
    call.on('cancelled', handle.cancel);
    return handle.answer;
  });
}
