/** CPU time and resident memory of a process, read from /proc (Linux). */
import fs from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

export interface ProcSample {
  /** User + system CPU time in seconds. */
  cpuSeconds: number;
  rssMb: number;
  atMs: number;
}

/** Samples a process's CPU time and RSS now. */
export function sampleProcess(pid: number): ProcSample {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND, rssMb: rssKb / 1024, atMs: performance.now() };
}

/** CPU use between two samples, as a share of one core (1.0 = one core fully busy). */
export function coresUsed(before: ProcSample, after: ProcSample): number {
  return (after.cpuSeconds - before.cpuSeconds) / ((after.atMs - before.atMs) / 1000);
}

/** Tracks the highest RSS of a process while a measurement runs. */
export function watchPeakRss(pid: number, everyMs = 200): { stop(): number } {
  let peak = sampleProcess(pid).rssMb;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, sampleProcess(pid).rssMb);
    } catch {
      // The process may have exited between samples.
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
