/**
 * The SIDECAR_AUTH_FILE format: API keys mapped to a tenant, the rights they grant and, optionally,
 * the broker token that keeps that tenant's broker calls in its own tenancy.
 */
import { z } from 'zod';
import { ValidationError } from '../../../common/errors/errors';

export const RIGHTS = ['read', 'publish', 'command'] as const;
export type Right = (typeof RIGHTS)[number];

/** Keys shorter than this are refused: they are guessable. */
export const MIN_KEY_LENGTH = 16;

const authEntrySchema = z
  .object({
    tenant: z.string().min(1).max(128),
    rights: z.array(z.enum(RIGHTS)).min(1),
    brokerToken: z.string().min(1).optional(),
  })
  .strict();

const authFileSchema = z
  .object({
    keys: z.record(z.string(), authEntrySchema),
  })
  .strict();

export type AuthEntry = z.infer<typeof authEntrySchema>;

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
