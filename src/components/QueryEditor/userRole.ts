import { config } from '@grafana/runtime';

/** The org roles Grafana's command route lets publish and send commands (its reqRole is Editor). */
const SENDING_ROLES = new Set(['Editor', 'Admin']);

/**
 * Whether the signed-in user may publish and send commands, read from Grafana's boot data as
 * plugins do. Grafana enforces the route role itself; this only spares viewers a button that
 * would always answer "access denied". When the role is unknown the section stays, and Grafana decides.
 */
export function canSendCommands(): boolean {
  const role = (config?.bootData?.user as { orgRole?: string } | undefined)?.orgRole;
  return role === undefined || SENDING_ROLES.has(role);
}
