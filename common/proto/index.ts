/**
 * The generated protobuf codec for every contract in proto/, shared by the browser and Node.
 * Regenerate with `npm run proto`; never edit generated.js by hand.
 */
import './runtime';
import * as generated from './generated';

// Re-exported (not destructured) so `iot.broker.v1.Envelope` works as both a value and a type.
export { iot, google } from './generated';

// The one name of each message type the code passes around; import these, not generated.iot.*.
/** An Envelope as built or decoded by either codec (fields may be unset). */
export type Envelope = generated.iot.broker.v1.IEnvelope;
/** An Envelope as the full codec decodes it: every field present, defaults where unset. */
export type DecodedEnvelope = generated.iot.broker.v1.Envelope;
export type Payload = generated.iot.broker.v1.IPayload;
/** Messages of one topic that will not be delivered (iot.stream.v1.Gap). */
export type Gap = generated.iot.stream.v1.IGap;
export type ClientFrame = generated.iot.stream.v1.IClientFrame;
export type ServerFrame = generated.iot.stream.v1.IServerFrame;
export type Timestamp = generated.google.protobuf.ITimestamp;

export const ClientFrameCodec = generated.iot.stream.v1.ClientFrame;
export const ServerFrameCodec = generated.iot.stream.v1.ServerFrame;
/** Decodes the same bytes as ServerFrameCodec, leaving a telemetry block's double columns as bytes. */
export const ServerFrameWireCodec = generated.iot.stream.v1.wire.ServerFrame;
export const EnvelopeCodec = generated.iot.broker.v1.Envelope;
export const StreamState = generated.iot.stream.v1.State;
export const WireErrorCategory = generated.iot.broker.v1.ErrorCategory;
export const Conflation = generated.iot.stream.v1.Conflation;
