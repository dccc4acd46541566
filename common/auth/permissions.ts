/**
 * What a caller may do: one set of names for the broker's tokens (BROKER_AUTH_FILE), the sidecar's
 * API keys (SIDECAR_AUTH_FILE) and the plugin backend's Grafana roles.
 */
import { z } from 'zod';

export const PERMISSIONS = [
  /** Subscribe to streams, read history and discovery (topics, devices, info). */
  'read',
  /** Publish messages. */
  'publish',
  /** Send commands to devices. */
  'command',
  /** Open a device session (broker only): register, send telemetry, answer commands. */
  'device',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Names auth files used before there was one set, still accepted: broker tokens said "subscribe"
 * for what is now "read".
 */
const FORMER_NAMES = { subscribe: 'read' } as const satisfies Record<string, Permission>;

/** A permission as an auth file may spell it: its name or a former one. */
export type PermissionName = Permission | keyof typeof FORMER_NAMES;

/** The current name of a permission. */
export function currentPermission(name: PermissionName): Permission {
  return name in FORMER_NAMES ? FORMER_NAMES[name as keyof typeof FORMER_NAMES] : (name as Permission);
}

/**
 * A non-empty list of permissions in an auth file, each one of `allowed` or a former name of one;
 * parses to the current names.
 */
export function permissionListSchema(allowed: readonly Permission[] = PERMISSIONS) {
  const former = (Object.keys(FORMER_NAMES) as Array<keyof typeof FORMER_NAMES>).filter((name) =>
    allowed.includes(FORMER_NAMES[name])
  );
  const names = [...allowed, ...former] as [PermissionName, ...PermissionName[]];
  return z.array(z.enum(names).transform(currentPermission)).min(1, 'give at least one permission');
}
