/**
 * The pipeline suite's Node reference run: the plugin's operators in this process, the frame
 * builder included (see loadRealPipeline). The naive baseline runs in the Chromium part of the suite.
 */
import { DEFAULT_WORKLOAD, buildWorkload, type WorkloadOptions } from './workload';
import { loadRealPipeline } from './loadRealPipeline';

/**
 * Samples per second through the real pipeline: best of `rounds` runs after a warm-up, with the
 * batches sent as telemetry blocks (what the plugin asks for) or as envelopes.
 */
export function measurePipelineInNode(rounds: number, form: WorkloadOptions['form'] = 'block'): number {
  const workload = buildWorkload({ ...DEFAULT_WORKLOAD, form, startMs: Date.now() });
  const { runRealPipeline } = loadRealPipeline();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round <= rounds; round++) {
    const run = runRealPipeline(workload.frames, 10_000, () => performance.now());
    if (run.newestTimeMs !== workload.lastTimeMs) {
      throw new Error(`the pipeline lost samples: newest ${run.newestTimeMs}, expected ${workload.lastTimeMs}`);
    }
    if (round > 0) {
      best = Math.min(best, run.elapsedMs);
    }
  }
  return (workload.samples * 1000) / best;
}
