/** What a Grafana user may do through the backend, from the org role in PluginContext.user. */
import type { Permission } from '../../../common/auth/permissions';
import type { GrafanaUser } from '../grpc/messages';

const WRITER_ROLES = new Set(['Editor', 'Admin']);

/**
 * The permissions of a Grafana role: Viewers read; Editors and Admins also publish and send commands. A call without a user comes from
 * Grafana itself (alert rules, recorded queries): it may read, never command.
 */
export function rightsOf(user: GrafanaUser | null | undefined): ReadonlySet<Permission> {
  if (user && WRITER_ROLES.has(user.role)) {
    return new Set<Permission>(['read', 'publish', 'command']);
  }
  return new Set<Permission>(['read']);
}

/** How a caller is named in logs and errors: the login, or "Grafana" for calls without a user. */
export function callerName(user: GrafanaUser | null | undefined): string {
  return user?.login ? `user ${user.login} (${user.role || 'no role'})` : 'Grafana (no user)';
}
