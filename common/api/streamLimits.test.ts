import { defaultOptions } from '../../services/sidecar/options';
import { DEFAULT_QUERY, LIMITS } from '../../src/types';
import { optionsFromEnv } from '../../services/sidecar/env';
import { MAX_HISTORY_MESSAGES, MIN_CONFLATION_RATE_HZ } from './streamLimits';

describe('stream limits shared by the query editor and the sidecar', () => {
  it('lets the editor ask for no more history than the sidecar replays', () => {
    // Today's failure: the editor allowed 100000 and the sidecar silently cut it to 10000.
    expect(LIMITS.maxHistory.max).toBe(MAX_HISTORY_MESSAGES);
    expect(defaultOptions().limits.maxHistory).toBe(MAX_HISTORY_MESSAGES);
  });

  it('asks by default for what the editor allows and the sidecar replays unless SIDECAR_MAX_HISTORY says less', () => {
    expect(DEFAULT_QUERY.maxHistory).toBe(MAX_HISTORY_MESSAGES);
    expect(optionsFromEnv({}, () => '').limits?.maxHistory).toBe(MAX_HISTORY_MESSAGES);
  });

  it('uses one floor for the conflation rate', () => {
    expect(LIMITS.conflationRateHz.min).toBe(MIN_CONFLATION_RATE_HZ);
    expect(MIN_CONFLATION_RATE_HZ).toBeGreaterThan(0);
  });
});
