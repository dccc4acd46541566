import { decideCommand } from './deviceCommands';

const state = { deviceId: 'd1', intervalMs: 1000, nowMs: 5_000, uptimeMs: 4_000 };

describe('decideCommand', () => {
  it('answers ping with the device time and uptime', () => {
    expect(decideCommand('ping', {}, state)).toEqual({
      ok: true,
      result: { pong: true, device_id: 'd1', device_time_ms: 5_000, uptime_ms: 4_000 },
      effect: { kind: 'none' },
    });
  });

  it('changes the interval only for a valid ms', () => {
    expect(decideCommand('set_interval', { ms: 250.4 }, state)).toMatchObject({
      ok: true,
      result: { previous_ms: 1000, interval_ms: 250 },
      effect: { kind: 'set_interval', intervalMs: 250 },
    });
    for (const ms of [5, 10_000_000, '100', null]) {
      expect(decideCommand('set_interval', { ms }, state)).toMatchObject({ ok: false, effect: { kind: 'none' } });
    }
  });

  it('blinks 1 time by default, up to 100', () => {
    expect(decideCommand('blink', {}, state)).toMatchObject({ ok: true, effect: { kind: 'blink', times: 1 } });
    expect(decideCommand('blink', { times: 101 }, state).ok).toBe(false);
  });

  it('reboots, and refuses unknown commands naming the supported ones', () => {
    expect(decideCommand('reboot', {}, state).effect).toEqual({ kind: 'reboot' });
    expect(decideCommand('fly', {}, state)).toMatchObject({
      ok: false,
      error: 'unknown command "fly"; this device supports ping, set_interval, blink, reboot',
    });
  });
});
