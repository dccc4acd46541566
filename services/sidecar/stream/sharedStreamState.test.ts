import { StreamState } from '../../../common/proto';
import { wireState } from './sharedStreamState';

describe('wireState', () => {
  it('tells subscribers the wire state of each shared-stream state', () => {
    expect(wireState('idle')).toBe(StreamState.STATE_CONNECTING);
    expect(wireState('connecting')).toBe(StreamState.STATE_CONNECTING);
    expect(wireState('live')).toBe(StreamState.STATE_LIVE);
    expect(wireState('reconnecting')).toBe(StreamState.STATE_RECONNECTING);
    // A refused stream retries: to its subscribers it is reconnecting.
    expect(wireState('failed')).toBe(StreamState.STATE_RECONNECTING);
    expect(wireState('closed')).toBe(StreamState.STATE_CONNECTING);
  });
});
