/**
 * The states of a subscription, from the one definition in iot.stream.v1.State: the sidecar sends the
 * enum in Status frames and the plugin reads it as these names.
 */
import { enumNames } from './enumNames';
import { iot } from './index';

const Wire = iot.stream.v1.State;
/** A value of the wire enum iot.stream.v1.State. */
export type WireState = iot.stream.v1.State;
type NamedWireState = Exclude<WireState, iot.stream.v1.State.STATE_UNSPECIFIED>;

/** Each state's name. */
const NAMES = enumNames({
  [Wire.STATE_CONNECTING]: 'connecting',
  [Wire.STATE_LIVE]: 'live',
  [Wire.STATE_RECONNECTING]: 'reconnecting',
  [Wire.STATE_LAGGING]: 'lagging',
  [Wire.STATE_COMPLETE]: 'complete',
} as const satisfies Record<NamedWireState, string>);

/** What the sidecar last said of a subscription (or of the whole connection). */
export type SubscriptionState = (typeof NAMES.names)[number];

/** Every state, in wire enum order. */
export const SUBSCRIPTION_STATES = NAMES.names;

/** The state a Status frame reports; one without a state (or one this build does not know) reads as live. */
export function subscriptionStateOf(wire: number | null | undefined): SubscriptionState {
  return NAMES.nameOf(wire) ?? 'live';
}
