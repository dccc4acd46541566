/** What a simulated device does with each command, as a pure decision the device then carries out. */
import type { JsonValue } from '../../common/proto/jsonStruct';

/** The commands a simulated device understands. */
export const SUPPORTED_COMMANDS = ['ping', 'set_interval', 'blink', 'reboot'] as const;

export const MIN_INTERVAL_MS = 10;
export const MAX_INTERVAL_MS = 3_600_000;
const MAX_BLINKS = 100;

/** The effect a command asks for, besides its reply. */
export type CommandEffect =
  | { kind: 'none' }
  | { kind: 'set_interval'; intervalMs: number }
  | { kind: 'blink'; times: number }
  | { kind: 'reboot' };

/** The reply to send and the effect to apply. */
export interface CommandDecision {
  ok: boolean;
  result?: { [key: string]: JsonValue };
  error?: string;
  effect: CommandEffect;
}

/** Decides how a device in `state` answers command `name` with `args`. */
export function decideCommand(
  name: string,
  args: { [key: string]: JsonValue },
  state: { deviceId: string; intervalMs: number; nowMs: number; uptimeMs: number }
): CommandDecision {
  switch (name) {
    case 'ping':
      return {
        ok: true,
        result: { pong: true, device_id: state.deviceId, device_time_ms: state.nowMs, uptime_ms: state.uptimeMs },
        effect: { kind: 'none' },
      };
    case 'set_interval': {
      const ms = args.ms;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < MIN_INTERVAL_MS || ms > MAX_INTERVAL_MS) {
        return {
          ok: false,
          error: `set_interval needs {"ms": <number from ${MIN_INTERVAL_MS} to ${MAX_INTERVAL_MS}>}, got ${JSON.stringify(args.ms ?? null)}`,
          effect: { kind: 'none' },
        };
      }
      const intervalMs = Math.round(ms);
      return {
        ok: true,
        result: { previous_ms: state.intervalMs, interval_ms: intervalMs },
        effect: { kind: 'set_interval', intervalMs },
      };
    }
    case 'blink': {
      const times = args.times ?? 1;
      if (typeof times !== 'number' || !Number.isInteger(times) || times < 1 || times > MAX_BLINKS) {
        return {
          ok: false,
          error: `blink needs {"times": <whole number from 1 to ${MAX_BLINKS}>}`,
          effect: { kind: 'none' },
        };
      }
      return { ok: true, result: { blinked: times }, effect: { kind: 'blink', times } };
    }
    case 'reboot':
      return { ok: true, result: { rebooting: true, uptime_ms: state.uptimeMs }, effect: { kind: 'reboot' } };
    default:
      return {
        ok: false,
        error: `unknown command "${name}"; this device supports ${SUPPORTED_COMMANDS.join(', ')}`,
        effect: { kind: 'none' },
      };
  }
}
