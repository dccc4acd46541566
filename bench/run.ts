/**
 * `npm run bench`: every benchmark suite in turn, on loopback, bounded in time. Prints a table of
 * figures beside their targets and naive baselines, and writes bench/results/latest.json.
 * `npm run bench -- --quick` runs shorter measurements; `--only broker,fanout` picks suites (and
 * writes bench/results/partial.json instead).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderTable, type Row } from './lib/table';
import { round } from './lib/stats';
import { SUITES } from './suites';

interface Args {
  quick: boolean;
  only: Set<string> | undefined;
}

function parseArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? new Set((argv[onlyIndex + 1] ?? '').split(',').filter(Boolean)) : undefined;
  return { quick, only };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const figures: Record<string, unknown> = {};
  const rows: Row[] = [];
  const failures: string[] = [];
  const startedAt = new Date();
  for (const suite of SUITES) {
    if (args.only && !args.only.has(suite.name)) {
      continue;
    }
    process.stdout.write(`bench: ${suite.name} ... `);
    const t0 = performance.now();
    try {
      const result = await suite.run(args.quick);
      Object.assign(figures, result);
      rows.push(...suite.rows(result));
      process.stdout.write(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    } catch (err) {
      failures.push(`${suite.name}: ${(err as Error).message}`);
      process.stdout.write(`FAILED: ${(err as Error).message}\n`);
    }
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  console.log(`\n${renderTable(rows)}\n`);
  console.log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GiB, Node ${machine.node}`);
  const rounded = Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [key, typeof value === 'number' ? round(value, 4) : value])
  );
  const out = { ...rounded, machine, startedAt: startedAt.toISOString(), quick: args.quick, failures };
  // latest.json always holds a full run; a run of some suites only goes beside it.
  const file = path.join(__dirname, 'results', args.only ? 'partial.json' : 'latest.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  if (failures.length > 0) {
    process.exitCode = 1;
  }
}

void main();
