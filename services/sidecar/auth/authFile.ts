/**
 * The SIDECAR_AUTH_FILE format: API keys mapped to a tenant, the permissions they grant
 * (common/auth/permissions) and, optionally, the broker token that keeps that tenant's broker calls in
 * its own tenancy. Files written before the permission names were shared say "rights" for
 * "permissions"; they are still read.
 */
import { z } from 'zod';
import { currentPermission, permissionListSchema, type Permission } from '../../../common/auth/permissions';
import { ValidationError } from '../../../common/errors/errors';

/** What a sidecar key can grant: everything but "device", which only the broker serves. */
export const SIDECAR_PERMISSIONS: readonly Permission[] = ['read', 'publish', 'command'];

/** Keys shorter than this are refused: they are guessable. */
export const MIN_KEY_LENGTH = 16;

const authEntrySchema = z
  .object({
    tenant: z.string().min(1).max(128),
    permissions: permissionListSchema(SIDECAR_PERMISSIONS).optional(),
    /** The former name of `permissions`. */
    rights: permissionListSchema(SIDECAR_PERMISSIONS).optional(),
    brokerToken: z.string().min(1).optional(),
  })
  .strict()
  .refine((entry) => (entry.permissions === undefined) !== (entry.rights === undefined), {
    message: 'give the key\'s "permissions" (or, in older files, "rights"), one of the two',
  });

const authFileSchema = z
  .object({
    keys: z.record(z.string(), authEntrySchema),
  })
  .strict();

/** A key's entry as written. */
export type AuthEntry = z.input<typeof authEntrySchema>;

/** The permissions an entry grants, by their current names. */
export function grantedPermissions(entry: AuthEntry): Permission[] {
  return (entry.permissions ?? entry.rights ?? []).map(currentPermission);
}

/** Parses and checks the auth file's JSON text; errors name the offending path, never a key. */
export function parseAuthFile(text: string): Record<string, AuthEntry> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ValidationError(`the auth file is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  const parsed = authFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Paths under "keys" start with the key itself, which must not reach a log: show its position only.
    const path = issue?.path.map((part, index) => (index === 1 ? '<key>' : String(part))).join('.') ?? '';
    throw new ValidationError(`the auth file is invalid at "${path}": ${issue?.message ?? 'unknown problem'}`);
  }
  const keys = Object.keys(parsed.data.keys);
  if (keys.length === 0) {
    throw new ValidationError('the auth file lists no keys: add at least one under "keys"');
  }
  const short = keys.findIndex((key) => key.length < MIN_KEY_LENGTH);
  if (short >= 0) {
    throw new ValidationError(
      `key #${short + 1} in the auth file is shorter than ${MIN_KEY_LENGTH} characters: use long random keys (at least ${MIN_KEY_LENGTH} characters)`
    );
  }
  return parsed.data.keys;
}
