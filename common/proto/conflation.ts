/**
 * The conflation modes, from the one definition in iot.stream.v1.Conflation: the names a query saves,
 * the wire values the sidecar reads, and the one rule for what a conflating stream folds with.
 */
import { enumNames } from './enumNames';
import { iot } from './index';

const Wire = iot.stream.v1.Conflation;
/** A value of the wire enum iot.stream.v1.Conflation. */
export type WireConflation = iot.stream.v1.Conflation;
/** The modes that fold a window's values into one: every mode but NONE. */
export type FoldingConflation = Exclude<WireConflation, iot.stream.v1.Conflation.CONFLATION_NONE>;

/** Each mode's name as a query saves it. */
const NAMES = enumNames({
  [Wire.CONFLATION_NONE]: 'none',
  [Wire.CONFLATION_LAST]: 'last',
  [Wire.CONFLATION_AVG]: 'avg',
  [Wire.CONFLATION_MIN]: 'min',
  [Wire.CONFLATION_MAX]: 'max',
} as const satisfies Record<WireConflation, string>);

/** How the sidecar combines the values of one series within a 1/rate window. */
export type ConflationMode = (typeof NAMES.names)[number];

/** Every mode, in wire enum order. */
export const CONFLATION_MODES = NAMES.names;
export const isConflationMode = NAMES.isName;
/** The wire value of a mode. */
export const wireConflation = NAMES.wireOf;
/** The name of a wire value; undefined for a value this build does not know. */
export const conflationModeOf = NAMES.nameOf;

/**
 * What a stream conflated at some rate folds with. NONE asks for no particular fold, so a rate with
 * NONE keeps each window's last value.
 */
export function foldingConflation(mode: WireConflation): FoldingConflation {
  return mode === Wire.CONFLATION_NONE ? Wire.CONFLATION_LAST : mode;
}
