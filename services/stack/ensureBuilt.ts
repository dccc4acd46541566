/**
 * Builds what the stack serves before it starts: the plugin (dist/, via `npm run build`) and the
 * preview app bundle. Each build runs as a child process so a long webpack run never shares memory
 * with the services or the tests that start them.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { previewAppStatus } from '../preview/buildPreviewApp';

/** What to do about missing or stale builds. */
export type BuildPolicy = 'missing' | 'always' | 'never';

/** Whether the plugin's built module and plugin.json exist. */
export function pluginIsBuilt(repoRoot: string): boolean {
  return existsSync(join(repoRoot, 'dist', 'module.js')) && existsSync(join(repoRoot, 'dist', 'plugin.json'));
}

/** Runs the builds the policy asks for; `log` receives their output; aborting `signal` stops a running build. */
export async function ensureBuilt(
  repoRoot: string,
  policy: BuildPolicy,
  log: (line: string) => void,
  signal?: AbortSignal
): Promise<void> {
  const pluginMissing = !pluginIsBuilt(repoRoot);
  const appStale = !previewAppStatus(repoRoot).upToDate;
  if (policy === 'never') {
    if (pluginMissing || appStale) {
      throw new Error(
        `${pluginMissing ? 'dist/ is missing (npm run build)' : 'the preview app bundle is missing or stale (npm run build:preview)'}; STACK_BUILD=never forbids building it`
      );
    }
    return;
  }
  if (pluginMissing || policy === 'always') {
    log('building the plugin into dist/ (npm run build)…');
    await run('npm', ['run', 'build'], repoRoot, log, signal);
  }
  if (appStale || policy === 'always') {
    log('building the preview app bundle…');
    await run(process.execPath, ['--import', 'tsx', join('services', 'preview', 'build.ts')], repoRoot, log, signal);
  }
}

function run(
  command: string,
  args: string[],
  cwd: string,
  log: (line: string) => void,
  signal?: AbortSignal
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: process.env, stdio: ['ignore', 'pipe', 'pipe'], signal });
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) {
          log(`  ${line}`);
        }
      }
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (code ${code}, signal ${signal})`))
    );
  });
}
