/** Who is calling: bearer tokens from call metadata, checked in constant time, mapped to a tenant. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Metadata } from '@grpc/grpc-js';
import { AuthError, ForbiddenError } from '../../../common/errors/errors';
import { currentPermission, PERMISSIONS, type Permission } from '../../../common/auth/permissions';
import type { AuthFile } from './authFile';

/** The tenant of open mode, when no auth file is configured. */
export const DEFAULT_TENANT = 'default';

/** An authenticated caller. */
export interface Principal {
  readonly tenant: string;
  readonly permissions: ReadonlySet<Permission>;
}

export interface Authenticator {
  /** True when every call is accepted as the default tenant. */
  readonly open: boolean;
  /** The caller of a call; throws AuthError (UNAUTHENTICATED) for a missing or unknown token. */
  authenticate(metadata: Metadata): Principal;
}

/** Throws ForbiddenError (PERMISSION_DENIED) unless the principal holds `permission`. */
export function requirePermission(principal: Principal, permission: Permission): void {
  if (!principal.permissions.has(permission)) {
    throw new ForbiddenError(
      `this token lacks the "${permission}" permission; add it to the token's entry in the broker's auth file`
    );
  }
}

const OPEN_PRINCIPAL: Principal = { tenant: DEFAULT_TENANT, permissions: new Set(PERMISSIONS) };

/** Accepts every call, as the default tenant with every permission. */
export function openAuthenticator(): Authenticator {
  return { open: true, authenticate: () => OPEN_PRINCIPAL };
}

interface TokenEntry {
  digest: Buffer;
  principal: Principal;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** The token of an `authorization: Bearer <token>` header, or undefined. */
export function bearerToken(metadata: Metadata): string | undefined {
  const value = metadata.get('authorization')[0];
  if (typeof value !== 'string') {
    return undefined;
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return match ? match[1] : undefined;
}

/** Checks bearer tokens against the entries of an auth file. */
export function tokenAuthenticator(file: AuthFile): Authenticator {
  const entries: TokenEntry[] = Object.entries(file.tokens).map(([token, entry]) => ({
    digest: digest(token),
    principal: { tenant: entry.tenant, permissions: new Set(entry.permissions.map(currentPermission)) },
  }));
  return {
    open: false,
    authenticate(metadata: Metadata): Principal {
      const token = bearerToken(metadata);
      if (token === undefined) {
        throw new AuthError(
          'missing credentials: send the metadata "authorization: Bearer <token>" with a token from the broker\'s auth file'
        );
      }
      // Equal-length digests compared with timingSafeEqual, and every entry visited, so the time taken
      // reveals neither how much of a token matched nor which entry did.
      const presented = digest(token);
      let found: Principal | undefined;
      for (const entry of entries) {
        if (timingSafeEqual(entry.digest, presented) && found === undefined) {
          found = entry.principal;
        }
      }
      if (!found) {
        throw new AuthError("unknown token: check the bearer token against the broker's auth file");
      }
      return found;
    },
  };
}
