/**
 * The BROKER_AUTH_FILE format: bearer tokens, each bound to one tenant and a set of permissions
 * (common/auth/permissions; "subscribe", the former name of "read", is still accepted).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { permissionListSchema } from '../../../common/auth/permissions';
import { ValidationError } from '../../../common/errors/errors';

const tokenEntrySchema = z.strictObject({
  tenant: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9._-]+$/, 'a tenant name uses letters, digits, ".", "_" and "-" only'),
  permissions: permissionListSchema(),
});

export const authFileSchema = z.strictObject({
  tokens: z.record(z.string().min(1, 'a token cannot be empty'), tokenEntrySchema),
});

/** An auth file as written (permissions may use former names; see currentPermission()). */
export type AuthFile = z.input<typeof authFileSchema>;

/** Parses and validates the auth file's text; the error names the file and the offending field. */
export function parseAuthFile(text: string, source = 'the auth file'): AuthFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ValidationError(`${source} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  const result = authFileSchema.safeParse(json);
  if (!result.success) {
    // Paths under "tokens" are token values: name the entry by position, never print the secret.
    const tokenKeys = Object.keys((json as { tokens?: object })?.tokens ?? {});
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map((part, index) =>
        index === 1 && issue.path[0] === 'tokens' ? `<token #${tokenKeys.indexOf(String(part)) + 1}>` : String(part)
      );
      return `${path.join('.') || '(root)'}: ${issue.message}`;
    });
    throw new ValidationError(
      `${source} is malformed (${problems.join('; ')}); expected {"tokens": {"<token>": {"tenant": "acme", "permissions": ["read", "publish", "command", "device"]}}}`
    );
  }
  return result.data;
}

/** Reads and validates the auth file at `path`. */
export function loadAuthFile(path: string): AuthFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ValidationError(`cannot read the auth file ${path}: ${(err as Error).message}`, { cause: err });
  }
  return parseAuthFile(text, `the auth file ${path}`);
}
