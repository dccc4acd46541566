/**
 * The JSON bodies of POST /api/publish and /api/command, defined once for the plugin (checked before
 * a request leaves the browser) and the services (the sidecar's HTTP API and the plugin backend's
 * resources, which reuse its handlers). zod/mini keeps the browser bundle's share small.
 */
import * as z from 'zod/mini';
import { ValidationError } from '../errors/errors';
import { MAX_TIMESTAMP_MS } from '../time/timestamp';
import { MAX_COMMAND_TIMEOUT_MS } from './proxyLimits';
import type { CommandBody, PublishBody } from './sidecarApi';

const notBlank = (what: string) => z.refine<string>((text) => text.trim() !== '', what);

const labels = z
  .record(z.string().check(z.maxLength(256)), z.string().check(z.maxLength(1024)))
  .check(z.refine((value) => Object.keys(value).length <= 64, 'at most 64 labels'));

export const publishBodySchema = z
  .strictObject({
    topic: z.string().check(z.minLength(1, 'give the topic to publish to'), z.maxLength(1024)),
    values: z.optional(
      z.record(z.string().check(z.minLength(1), z.maxLength(256)), z.number('values must be finite numbers'))
    ),
    json: z.optional(z.unknown()),
    rawBase64: z.optional(z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'rawBase64 must be base64'))),
    deviceId: z.optional(z.string().check(z.maxLength(256))),
    labels: z.optional(labels),
    eventTimeMs: z.optional(
      z
        .int()
        .check(
          z.nonnegative('eventTimeMs must be epoch milliseconds'),
          z.maximum(MAX_TIMESTAMP_MS, 'eventTimeMs is after the year 9999')
        )
    ),
  })
  .check(
    z.refine(
      (body) => [body.values, body.json, body.rawBase64].filter((part) => part !== undefined).length === 1,
      'a message needs exactly one of: values (numbers by name), json, or rawBase64'
    )
  );

export const commandBodySchema = z.strictObject({
  deviceId: z.string().check(z.maxLength(256), notBlank('choose the device to send the command to')),
  name: z.string().check(z.maxLength(256), notBlank('give the command a name, e.g. "reboot"')),
  payload: z.optional(z.unknown()),
  timeoutMs: z.optional(
    z
      .int()
      .check(
        z.positive(),
        z.maximum(
          MAX_COMMAND_TIMEOUT_MS,
          `timeoutMs must be between 1 and ${MAX_COMMAND_TIMEOUT_MS}: Grafana's data source proxy ends longer requests`
        )
      )
  ),
});

/** Parses `json` with `schema`, or throws a ValidationError naming the first problem. */
export function parseBody<T>(schema: z.ZodMiniType<T>, json: unknown, what: string): T {
  const parsed = z.safeParse(schema, json);
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
