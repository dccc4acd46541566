/**
 * Who is calling: resolves the bearer key of a request to a principal (tenant, permissions, broker token).
 * Keys are compared as SHA-256 digests with crypto.timingSafeEqual against every known key, so
 * neither the comparison nor the lookup reveals how much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { AuthError, ForbiddenError } from '../../../common/errors/errors';
import type { Permission } from '../../../common/auth/permissions';
import { grantedPermissions, SIDECAR_PERMISSIONS, type AuthEntry } from './authFile';

export interface Principal {
  tenant: string;
  /** The permissions the key grants (common/auth/permissions). */
  rights: ReadonlySet<Permission>;
  /** The token for the broker; undefined: the sidecar's own (or none). */
  brokerToken?: string;
}

interface StoredKey {
  digest: Buffer;
  principal: Principal;
}

export interface KeyStoreConfig {
  apiKey?: string;
  authEntries?: Record<string, AuthEntry>;
  insecure: boolean;
  defaultTenant: string;
  brokerToken?: string;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** The key of an `Authorization: Bearer <key>` header, or undefined. */
export function bearerKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (typeof header !== 'string') {
    return undefined;
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export class KeyStore {
  private readonly keys: StoredKey[] = [];
  private readonly insecurePrincipal?: Principal;

  constructor(config: KeyStoreConfig) {
    if (config.apiKey) {
      this.keys.push({
        digest: digest(config.apiKey),
        principal: {
          tenant: config.defaultTenant,
          rights: new Set(SIDECAR_PERMISSIONS),
          brokerToken: config.brokerToken,
        },
      });
    }
    for (const [key, entry] of Object.entries(config.authEntries ?? {})) {
      this.keys.push({
        digest: digest(key),
        principal: {
          tenant: entry.tenant,
          rights: new Set(grantedPermissions(entry)),
          brokerToken: entry.brokerToken ?? config.brokerToken,
        },
      });
    }
    // Insecure mode only where no key source exists: otherwise an unknown key would get every permission.
    if (config.insecure && this.keys.length === 0) {
      this.insecurePrincipal = {
        tenant: config.defaultTenant,
        rights: new Set(SIDECAR_PERMISSIONS),
        brokerToken: config.brokerToken,
      };
    }
  }

  /** The principal of a request; throws AuthError (401) when the key is missing or unknown. */
  authenticate(headers: IncomingHttpHeaders): Principal {
    const key = bearerKey(headers);
    if (key !== undefined) {
      const found = this.lookup(key);
      if (found) {
        return found;
      }
    }
    if (this.insecurePrincipal) {
      return this.insecurePrincipal;
    }
    throw new AuthError(
      key === undefined
        ? 'missing API key: send "Authorization: Bearer <key>" (the datasource route adds it from its secure settings)'
        : 'the API key is not valid: check the key in the datasource settings'
    );
  }

  private lookup(key: string): Principal | undefined {
    const candidate = digest(key);
    let match: Principal | undefined;
    // No early exit: every stored key is compared, whatever matched.
    for (const stored of this.keys) {
      if (timingSafeEqual(stored.digest, candidate)) {
        match = stored.principal;
      }
    }
    return match;
  }
}

/** Throws ForbiddenError (403) unless the principal holds `permission`. */
export function requireRight(principal: Principal, permission: Permission): void {
  if (!principal.rights.has(permission)) {
    throw new ForbiddenError(
      `this API key lacks the "${permission}" permission: ask an operator to grant it in the sidecar's auth file`
    );
  }
}
