import { GrpcCode } from '../../../common/errors/errors';
import { brokerCallError, plainGrpcDetail } from './grpcErrors';

describe('broker call errors in plain words', () => {
  it.each([
    [
      'No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1. Resolution note: ',
      'connection refused at 127.0.0.1:1',
    ],
    [
      'No connection established. Last error: Error: connect ETIMEDOUT 10.0.0.9:50051 (2026-12-02T06:00:00.000Z). Resolution note: dns ok',
      'connection timed out at 10.0.0.9:50051',
    ],
    ['Name resolution failed for target dns:no-such-host.invalid:50051', 'no such host: no-such-host.invalid:50051'],
    ['round_robin: No connection established. Last error: Error: read ECONNRESET', 'connection reset'],
    ['Deadline exceeded', 'Deadline exceeded'],
  ])('turns %p into %p', (details, plain) => {
    expect(plainGrpcDetail(details)).toBe(plain);
  });

  it('reads a message above the gRPC size limit as a request to change, not a rate limit to retry', () => {
    const error = brokerCallError(
      {
        code: GrpcCode.RESOURCE_EXHAUSTED,
        details: 'Received message larger than max (5242880 vs 4194304)',
        message: '8 RESOURCE_EXHAUSTED: Received message larger than max (5242880 vs 4194304)',
      },
      'Listing topics'
    );
    expect(error.category).toBe('validation');
    expect(error.httpStatus).toBe(413);
    expect(error.message).toMatch(/too large for the gRPC limit .*retrying cannot help/);
  });

  it('names the call once and drops the resolution note from what a health check shows', () => {
    const error = brokerCallError(
      {
        code: GrpcCode.UNAVAILABLE,
        details: 'No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1. Resolution note: ',
        message: '14 UNAVAILABLE: No connection established',
      },
      'Asking the broker for its info'
    );
    expect(error.message).toBe(
      'Asking the broker for its info: connection refused at 127.0.0.1:1 (is the broker running and reachable from the sidecar?)'
    );
    expect(error.message).not.toMatch(/Resolution note|No connection established/);
  });

  it("keeps the broker's own limits as rate limits", () => {
    const error = brokerCallError(
      { code: GrpcCode.RESOURCE_EXHAUSTED, details: 'too many topics', message: '8 RESOURCE_EXHAUSTED: too many topics' },
      'Publishing'
    );
    expect(error.category).toBe('rate_limit');
  });
});
