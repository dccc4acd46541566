import { iot } from './index';
import { SUBSCRIPTION_STATES, subscriptionStateOf } from './subscriptionState';

const Wire = iot.stream.v1.State;

describe('subscription states', () => {
  it('names every value of the wire enum but UNSPECIFIED, each differently', () => {
    const named = Object.values(Wire).filter((value) => typeof value === 'number' && value !== Wire.STATE_UNSPECIFIED);
    expect(new Set(named.map((value) => subscriptionStateOf(Number(value))))).toEqual(new Set(SUBSCRIPTION_STATES));
    expect(SUBSCRIPTION_STATES).toHaveLength(named.length);
    expect(subscriptionStateOf(Wire.STATE_LAGGING)).toBe('lagging');
  });

  it('reads a status without a known state as live', () => {
    expect(subscriptionStateOf(undefined)).toBe('live');
    expect(subscriptionStateOf(Wire.STATE_UNSPECIFIED)).toBe('live');
    expect(subscriptionStateOf(99)).toBe('live');
  });
});
