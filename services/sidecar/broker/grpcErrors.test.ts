import { GrpcCode } from '../../../common/errors/errors';
import { brokerCallError } from './grpcErrors';

const serviceError = (code: number, details: string) =>
  Object.assign(new Error(details), { code, details, metadata: {} });

describe('brokerCallError', () => {
  it('takes a message over the gRPC size limit as a request to change, not a rate limit to retry forever', () => {
    const err = brokerCallError(
      serviceError(GrpcCode.RESOURCE_EXHAUSTED, 'Received message larger than max (5000000 vs. 4194304)'),
      'The broker subscription'
    );
    expect(err.category).toBe('validation');
    expect(err.message).toMatch(/retrying cannot help/);
  });

  it("keeps the broker's own limits as rate limits", () => {
    const err = brokerCallError(serviceError(GrpcCode.RESOURCE_EXHAUSTED, 'too many topics'), 'Publishing');
    expect(err.category).toBe('rate_limit');
  });
});
