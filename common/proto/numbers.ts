/**
 * Makes the protobuf runtime decode 64-bit integers as plain numbers instead of Long objects.
 * Sequences and timestamp seconds stay far below 2^53, and numbers keep the hot path free of
 * allocations. Imported before the generated codec, whose default values read this setting.
 */
import * as protobuf from 'protobufjs/minimal';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
