/**
 * Lookups both ways over a table that names the values of a generated proto enum. The table is
 * written `{ [Enum.VALUE]: 'name', ... } as const satisfies Record<Enum, string>`, so a value added
 * to the proto fails the typecheck until it is named; everything else derives from it here.
 */
export interface EnumNames<Wire extends number, Name extends string> {
  /** Every name, in enum order. */
  readonly names: readonly Name[];
  /** The name of a wire value; undefined for unset or unknown values. */
  nameOf(wire: number | null | undefined): Name | undefined;
  /** The wire value of a name. */
  wireOf(name: Name): Wire;
  isName(value: unknown): value is Name;
}

export function enumNames<Wire extends number, Name extends string>(
  table: Readonly<Record<Wire, Name>>
): EnumNames<Wire, Name> {
  const byWire = new Map<number, Name>(Object.entries(table).map(([wire, name]) => [Number(wire), name as Name]));
  const byName = new Map<string, Wire>([...byWire].map(([wire, name]) => [name, wire as Wire]));
  return {
    names: [...byWire.values()],
    nameOf: (wire) => byWire.get(wire ?? 0),
    wireOf: (name) => byName.get(name) as Wire,
    isName: (value): value is Name => typeof value === 'string' && byName.has(value),
  };
}
