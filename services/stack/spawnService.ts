/**
 * Runs one Node service (a TypeScript entry point) as a child process for the local stack and the
 * browser tests: its own process group, so a terminal's Ctrl-C reaches only the stack runner, which
 * then stops the children in order; readiness is a given pino log message; stopping signals the
 * child's group by its PID, waits for the exit and escalates to SIGKILL after a deadline.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseLogLine } from './serviceLogLine';

/** How to start a service. */
export interface ServiceSpec {
  /** A short name for logs and errors, e.g. "broker". */
  name: string;
  /** The entry point, relative to `cwd`, e.g. "services/broker/main.ts". */
  entry: string;
  args?: string[];
  /** Options for Node itself, before the entry point (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** The child's whole environment (nothing is inherited implicitly). */
  env: Record<string, string | undefined>;
  cwd: string;
  /** The pino `msg` that means "ready", e.g. "broker listening". */
  readyMessage: string;
  /** How long to wait for the ready message, in ms. */
  readyTimeoutMs: number;
  /** Every output line (stdout and stderr), as printed. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** How a process ended. */
export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A started service. */
export interface RunningService {
  readonly name: string;
  readonly pid: number;
  /** The parsed ready log line (e.g. with the bound `address`). */
  readonly ready: Record<string, unknown>;
  /** The last lines the service printed, for diagnostics. */
  recentLines(): string[];
  /** Resolves when the process has exited, however it exits. */
  readonly exited: Promise<ServiceExit>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves on exit; safe to call twice. */
  stop(graceMs?: number): Promise<ServiceExit>;
}

/** Thrown when a service exits or stays silent before it is ready. */
export class ServiceStartError extends Error {
  override readonly name = 'ServiceStartError';
}

const RECENT_LINES = 200;
const DEFAULT_GRACE_MS = 8000;
const EXIT_WITH_PARENT = join(__dirname, 'exitWithParent.ts');

/** Starts the service; resolves once it logged its ready message. */
export function spawnService(spec: ServiceSpec): Promise<RunningService> {
  const child = spawn(
    process.execPath,
    [...(spec.nodeArgs ?? []), '--import', 'tsx', '--import', EXIT_WITH_PARENT, spec.entry, ...(spec.args ?? [])],
    {
      cwd: spec.cwd,
      env: spec.env,
      // An IPC channel lets exitWithParent notice when this process disappears.
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true,
    }
  );
  const recent: string[] = [];
  const exited = new Promise<ServiceExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stopping: Promise<ServiceExit> | undefined;

  const stop = (graceMs = DEFAULT_GRACE_MS): Promise<ServiceExit> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return exited;
      }
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      child.disconnect?.();
      return result;
    })();
    return stopping;
  };

  return new Promise<RunningService>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      void stop(1000).then(() =>
        reject(new ServiceStartError(`${spec.name} ${reason}\n--- last output ---\n${recent.join('\n')}`))
      );
    };
    const timer = setTimeout(
      () => fail(`did not log "${spec.readyMessage}" within ${spec.readyTimeoutMs} ms`),
      spec.readyTimeoutMs
    );
    const onLine = (line: string, stream: 'stdout' | 'stderr') => {
      recent.push(line);
      if (recent.length > RECENT_LINES) {
        recent.shift();
      }
      spec.onLine?.(line, stream);
      if (settled) {
        return;
      }
      const parsed = parseLogLine(line);
      if (parsed?.msg === spec.readyMessage) {
        settled = true;
        clearTimeout(timer);
        resolve({
          name: spec.name,
          pid: child.pid ?? -1,
          ready: parsed,
          recentLines: () => [...recent],
          exited,
          stop,
        });
      }
    };
    splitLines(child, 'stdout', onLine);
    splitLines(child, 'stderr', onLine);
    child.once('error', (error) => fail(`could not start: ${error.message}`));
    void exited.then(({ code, signal }) => fail(`exited before it was ready (code ${code}, signal ${signal})`));
  });
}

/** Signals the child's process group (it leads its own group, so its PID is the group id). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) {
    return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone; the exit promise settles on its own.
  }
}

function splitLines(
  child: ChildProcess,
  stream: 'stdout' | 'stderr',
  onLine: (line: string, stream: 'stdout' | 'stderr') => void
) {
  let buffered = '';
  const source = child[stream];
  source?.setEncoding('utf8');
  source?.on('data', (chunk: string) => {
    buffered += chunk;
    for (let newline = buffered.indexOf('\n'); newline >= 0; newline = buffered.indexOf('\n')) {
      onLine(buffered.slice(0, newline), stream);
      buffered = buffered.slice(newline + 1);
    }
  });
  source?.on('end', () => {
    if (buffered) {
      onLine(buffered, stream);
      buffered = '';
    }
  });
}
