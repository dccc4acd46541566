/** zod schemas of the JSON bodies the sidecar accepts (shapes from common/api/sidecarApi.ts). */
import { z } from 'zod';
import type { CommandBody, PublishBody } from '../../../common/api/sidecarApi';
import { ValidationError } from '../../../common/errors/errors';
import { MAX_TIMESTAMP_MS } from '../../../common/time/timestamp';

const labels = z
  .record(z.string().max(256), z.string().max(1024))
  .refine((value) => Object.keys(value).length <= 64, 'at most 64 labels');

export const publishBodySchema = z
  .strictObject({
    topic: z.string().min(1).max(1024),
    values: z
      .record(z.string().min(1).max(256), z.number().refine(Number.isFinite, 'values must be finite numbers'))
      .optional(),
    json: z.unknown().optional(),
    rawBase64: z
      .string()
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'rawBase64 must be base64')
      .optional(),
    deviceId: z.string().max(256).optional(),
    labels: labels.optional(),
    eventTimeMs: z.number().int().nonnegative().max(MAX_TIMESTAMP_MS, 'eventTimeMs is after the year 9999').optional(),
  })
  .refine((body) => [body.values, body.json, body.rawBase64].filter((part) => part !== undefined).length === 1, {
    message: 'give exactly one of values, json or rawBase64',
  });

export const commandBodySchema = z.strictObject({
  deviceId: z.string().min(1).max(256),
  name: z.string().min(1).max(256),
  payload: z.unknown().optional(),
  timeoutMs: z.number().int().positive().optional(),
});

/** Parses `json` with `schema`, or throws a ValidationError naming the first problem. */
export function parseBody<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ValidationError(`the ${what} body is invalid: ${path}${issue?.message ?? 'unknown problem'}`);
  }
  return parsed.data;
}

// The schemas must accept exactly the API's shapes.
export type CheckPublish = z.infer<typeof publishBodySchema> extends PublishBody ? true : never;
export type CheckCommand = z.infer<typeof commandBodySchema> extends CommandBody ? true : never;
