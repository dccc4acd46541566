/**
 * Every `*_wire.proto` message is a view of a canonical message that reads the same bytes: each of
 * its fields must keep the canonical field's number, name and shape, or carry the same bytes in a
 * form that reads them raw. A field renumbered in one file and not the other would decode silently
 * wrong, so this test parses both with protobufjs and compares them field by field.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as protobuf from 'protobufjs';

const PROTO_DIR = path.resolve(__dirname, '../../proto');

/** The *_wire.proto files under proto/, relative to it. */
function wireFiles(dir = PROTO_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return wireFiles(full);
    }
    return entry.name.endsWith('_wire.proto') ? [path.relative(PROTO_DIR, full)] : [];
  });
}

function loadRoot(files: string[]): protobuf.Root {
  const root = new protobuf.Root();
  // Imports resolve against proto/; google/protobuf/* are protobufjs's built-in copies.
  root.resolvePath = (_origin, target) =>
    target.startsWith('google/protobuf/') || path.isAbsolute(target) ? target : path.join(PROTO_DIR, target);
  root.loadSync(
    files.map((file) => path.join(PROTO_DIR, file)),
    { keepCase: true }
  );
  root.resolveAll();
  return root;
}

/** Scalar types whose repeated form is packed into one length-delimited run in proto3. */
const PACKABLE = new Set([
  'double',
  'float',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'sfixed32',
  'sfixed64',
  'bool',
]);

function canonicalName(wireType: protobuf.Type): string {
  return wireType.fullName.replace(/^\./, '').replace(/\.wire\./, '.');
}

/** Why `wire` cannot read what `canonical` writes, or undefined when it can. */
function mismatch(wire: protobuf.Field, canonical: protobuf.Field): string | undefined {
  const wireOneof = wire.partOf?.name;
  const canonicalOneof = canonical.partOf?.name;
  // Moving one field into or out of a oneof keeps its bytes; two different oneofs would not mean the same.
  if (wireOneof !== undefined && canonicalOneof !== undefined && wireOneof !== canonicalOneof) {
    return `oneof ${wireOneof} vs ${canonicalOneof}`;
  }
  if (wire.map !== canonical.map) {
    return 'map vs not a map';
  }
  if (wire.map) {
    const keys = (field: protobuf.Field) => (field as unknown as protobuf.MapField).keyType;
    if (keys(wire) !== keys(canonical) || wire.type !== canonical.type) {
      return `map<${keys(wire)}, ${wire.type}> vs map<${keys(canonical)}, ${canonical.type}>`;
    }
    return undefined;
  }
  if (wire.type === 'bytes' && !wire.repeated) {
    // Raw bytes read an embedded message, or a packed run of scalars, without decoding it.
    const embedded = canonical.resolvedType instanceof protobuf.Type && !canonical.repeated;
    const packed = canonical.repeated && PACKABLE.has(canonical.type) && canonical.packed;
    const same = canonical.type === 'bytes' && !canonical.repeated;
    return embedded || packed || same
      ? undefined
      : `bytes cannot read ${canonical.repeated ? 'repeated ' : ''}${canonical.type}`;
  }
  if (wire.repeated !== canonical.repeated) {
    return 'repeated vs not repeated';
  }
  const wireType = wire.resolvedType;
  const canonicalType = canonical.resolvedType;
  if (wireType instanceof protobuf.Type && canonicalType instanceof protobuf.Type) {
    const expected = canonicalType.fullName.replace(/^\./, '');
    // A wire view of the canonical type (checked on its own), or the canonical type itself.
    return wireType === canonicalType || canonicalName(wireType) === expected
      ? undefined
      : `${wireType.fullName} is not a view of ${canonicalType.fullName}`;
  }
  if (wireType instanceof protobuf.Enum || canonicalType instanceof protobuf.Enum) {
    return wireType === canonicalType ? undefined : `enum ${wire.type} vs ${canonical.type}`;
  }
  return wire.type === canonical.type ? undefined : `${wire.type} vs ${canonical.type}`;
}

const files = wireFiles();
const root = loadRoot(files);

/** Every message declared in a wire package, with its canonical counterpart's name. */
function wireMessages(): Array<[string, protobuf.Type]> {
  const found: Array<[string, protobuf.Type]> = [];
  const visit = (namespace: protobuf.NamespaceBase) => {
    for (const nested of namespace.nestedArray) {
      if (nested instanceof protobuf.Type && /\.wire\./.test(nested.fullName)) {
        found.push([nested.fullName.replace(/^\./, ''), nested]);
      }
      if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) {
        visit(nested);
      }
    }
  };
  visit(root);
  return found;
}

describe('the *_wire.proto mirrors', () => {
  it('are found under proto/', () => {
    expect(files.sort()).toEqual(['iot/broker/v1/broker_wire.proto', 'iot/stream/v1/stream_wire.proto']);
    expect(wireMessages().length).toBeGreaterThanOrEqual(9);
  });

  it.each(wireMessages())('%s keeps every field of its canonical message in step', (_name, wire) => {
    const canonical = root.lookupType(canonicalName(wire));
    const problems: string[] = [];
    for (const field of wire.fieldsArray) {
      const counterpart = canonical.fieldsById[field.id];
      if (!counterpart) {
        problems.push(`${field.name} = ${field.id}: the canonical message has no field ${field.id}`);
        continue;
      }
      if (counterpart.name !== field.name) {
        problems.push(`${field.name} = ${field.id}: the canonical field ${field.id} is ${counterpart.name}`);
      }
      const why = mismatch(field, counterpart);
      if (why) {
        problems.push(`${field.name} = ${field.id}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches a renumbered or retyped field', () => {
    const drifted = protobuf.parse(
      `syntax = "proto3"; package x;
       message Inner { string a = 1; }
       message Canonical { string topic = 1; Inner inner = 2; repeated double values = 3; uint64 n = 4; }
       message Swapped { string topic = 2; }
       message Retyped { uint32 n = 4; }
       message Raw { bytes inner = 2; bytes values = 3; }
       message RawScalar { bytes n = 4; }`,
      { keepCase: true }
    ).root;
    drifted.resolveAll();
    const canonical = drifted.lookupType('x.Canonical');
    const check = (type: string, field: string) => {
      const wire = drifted.lookupType(type).fields[field];
      const counterpart = canonical.fieldsById[wire.id];
      return counterpart?.name !== wire.name ? 'renumbered' : mismatch(wire, counterpart);
    };
    expect(check('x.Swapped', 'topic')).toBe('renumbered');
    expect(check('x.Retyped', 'n')).toBe('uint32 vs uint64');
    expect(check('x.Raw', 'inner')).toBeUndefined();
    expect(check('x.Raw', 'values')).toBeUndefined();
    expect(check('x.RawScalar', 'n')).toBe('bytes cannot read uint64');
  });
});
