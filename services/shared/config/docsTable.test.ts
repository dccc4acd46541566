import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { brokerEnvSchema } from '../../broker/brokerConfig';
import { busKindEnvSchema, jetStreamEnvSchema } from '../../broker/busConfig';
import { bridgeEnvSchema } from '../../bridge/bridgeEnv';
import { previewEnvSchema } from '../../preview/previewConfig';
import { sidecarEnvSchema } from '../../sidecar/env';
import { stackEnvSchema } from '../../stack/stackConfig';
import { docsProblems, readVariablesTable } from './docsTable';
import type { SettingsSchema } from './parseSettings';
import { envNumber, envText } from './settings';

const repo = resolve(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(resolve(repo, file), 'utf8');

/** Each docs table of variables and the schemas it documents in full. */
const TABLES: Array<[file: string, heading: string, schemas: SettingsSchema[]]> = [
  ['docs/broker.md', '## Broker configuration', [brokerEnvSchema]],
  ['docs/broker.md', '## The bus: memory or NATS JetStream', [busKindEnvSchema, jetStreamEnvSchema]],
  ['docs/sidecar.md', '## Environment', [sidecarEnvSchema]],
  ['docs/bridge.md', '## Variables', [bridgeEnvSchema]],
  ['docs/running.md', '### Stack variables', [stackEnvSchema]],
  ['docs/running.md', '### Preview variables', [previewEnvSchema]],
];

describe('the docs tables of variables', () => {
  it.each(TABLES)('%s "%s" lists every variable with the default the schema applies', (file, heading, schemas) => {
    expect(docsProblems(readVariablesTable(read(file), heading), schemas, true)).toEqual([]);
  });

  it("the README's summary names only variables the services read, with their defaults", () => {
    const everySchema = TABLES.flatMap(([, , schemas]) => schemas);
    expect(docsProblems(readVariablesTable(read('README.md'), '## Configuration'), everySchema, false)).toEqual([]);
  });
});

describe('docsProblems', () => {
  const schema = z.object({
    A_COUNT: envNumber({ default: 5, description: 'a count' }),
    A_FILE: envText({ description: 'a file' }),
  });
  const markdown = (rows: string) =>
    `## Vars\n\n| Variable | Default | Meaning |\n| --- | --- | --- |\n${rows}\n\nafter`;

  it('accepts a table that agrees, with shared rows and prose for unset', () => {
    const table = readVariablesTable(markdown('| `A_COUNT` / `A_FILE` | `5` / unset | both |'), '## Vars');
    expect(table).toEqual([
      { name: 'A_COUNT', default: '5' },
      { name: 'A_FILE', default: undefined },
    ]);
    expect(docsProblems(table, [schema], true)).toEqual([]);
  });

  it('names a missing variable, an unknown one and a wrong default', () => {
    const table = readVariablesTable(markdown('| `A_COUNT` | `6` (six) | x |\n| `A_OTHER` | — | y |'), '## Vars');
    expect(docsProblems(table, [schema], true)).toEqual([
      'A_FILE is read but not documented',
      'A_COUNT: the docs say the default is 6, the schema 5',
      'A_OTHER is documented but no schema reads it',
    ]);
  });
});
