import type { HealthResponse } from '../../../common/api/sidecarApi';
import type { BackendSettings } from '../instances/instanceSettings';
import { healthVerdict } from './healthMessage';

const SETTINGS: BackendSettings = {
  uid: 'u',
  name: 'n',
  brokerAddress: 'broker:50051',
  brokerTls: false,
  requestTimeoutMs: 2000,
};
const SIDECAR = { version: '0.1.0', uptimeMs: 1 };

function failed(
  category: HealthResponse['error'] extends infer E ? (E extends { category: infer C } ? C : never) : never,
  message: string
): HealthResponse {
  return { sidecar: SIDECAR, broker: { reachable: false, target: 'broker:50051' }, error: { category, message } };
}

describe('healthVerdict', () => {
  it('is OK with the broker version and counts when the broker answers', () => {
    const verdict = healthVerdict(
      {
        sidecar: SIDECAR,
        broker: { reachable: true, target: 't', version: '1.2', topicCount: 4, deviceCount: 1, roundTripMs: 3 },
      },
      SETTINGS
    );
    expect(verdict.ok).toBe(true);
    expect(verdict.message).toBe('Broker 1.2 at broker:50051 reachable from the plugin backend: 4 topics, 1 device');
  });

  it.each([
    ['upstream', 'No connection established', 'unreachable', /Cannot reach the broker at broker:50051/],
    ['auth', 'invalid token', 'token', /refused the broker token/],
    ['timeout', 'Deadline exceeded', 'timeout', /did not answer within 2000 ms/],
    ['upstream', 'SSL routines::wrong version number', 'tls', /expect TLS/],
  ] as const)('explains %s failures (%s) as %s', (category, cause, problem, words) => {
    const verdict = healthVerdict(failed(category, cause), SETTINGS);
    expect(verdict.ok).toBe(false);
    expect(verdict.details).toMatchObject({ category, problem });
    expect(verdict.message).toMatch(words);
    expect(verdict.message).toContain(cause);
  });

  it('blames TLS when TLS is on and the connection drops', () => {
    const verdict = healthVerdict(failed('upstream', 'Connection dropped'), { ...SETTINGS, brokerTls: true });
    expect(verdict.details.problem).toBe('tls');
    expect(verdict.message).toMatch(/TLS handshake with the broker/);
  });
});
