import { dataJson, packetJson, schemaJson } from './frameJson';
import { LiveSchema } from './LiveSchema';

const A = { device: 'd1', topic: 'site/a/env' };
const B = { device: 'd2', topic: 'site/b/env' };

/** Two series split by device: d1 with temp and on, d2 with temp. */
function twoSeries(): LiveSchema {
  const schema = new LiveSchema({ filter: 'site/#', splitBy: 'device', fields: [] });
  const temp = schema.indexOf('temp', 'number');
  const on = schema.indexOf('on', 'boolean');
  schema.addColumn('a', A, on);
  schema.addColumn('a', A, temp);
  schema.addColumn('b', B, temp);
  return schema;
}

describe('frame JSON', () => {
  it("writes Grafana's wide layout: time, then one field per series and value field, with its labels and name", () => {
    const schema = JSON.parse(schemaJson(twoSeries().layout()));
    expect(schema.fields).toEqual([
      { name: 'time', type: 'time', typeInfo: { frame: 'time.Time' } },
      {
        name: 'on {device="d1", topic="site/a/env"}',
        type: 'boolean',
        typeInfo: { frame: 'bool', nullable: true },
        labels: A,
        config: { displayNameFromDS: 'd1 on' },
      },
      {
        name: 'temp {device="d1", topic="site/a/env"}',
        type: 'number',
        typeInfo: { frame: 'float64', nullable: true },
        labels: A,
        config: { displayNameFromDS: 'd1 temp' },
      },
      {
        name: 'temp {device="d2", topic="site/b/env"}',
        type: 'number',
        typeInfo: { frame: 'float64', nullable: true },
        labels: B,
        config: { displayNameFromDS: 'd2 temp' },
      },
    ]);
    expect(schema.meta).toBeUndefined();
  });

  it('sorts rows by time, shares a row between series at one time, and marks the cells of series not sampled there', () => {
    const layout = twoSeries().layout();
    const data = JSON.parse(
      dataJson(
        [
          { series: 'b', time: 2, values: [21] },
          { series: 'a', time: 1, values: [20.5, true] },
          { series: 'a', time: 2, values: [NaN, false] },
          // The same series twice at one time: two rows, never one value over the other.
          { series: 'a', time: 2, values: [22] },
          // A gap marker: the series' own fields are null there.
          { series: 'b', time: 3, values: [] },
        ],
        layout
      )
    );
    expect(data).toEqual({
      values: [
        [1, 2, 2, 3],
        [true, false, null, null],
        [20.5, null, 22, null],
        [null, 21, null, null],
      ],
      entities: [null, null, { Undef: [3] }, { Undef: [0, 2] }],
    });
  });

  it('writes no entities when every series has a cell in every row', () => {
    const schema = new LiveSchema({ filter: 'site/a/env', splitBy: 'none', fields: [] });
    schema.addColumn('', {}, schema.indexOf('temp', 'number'));
    const layout = schema.layout();
    expect(layout.columns[0]).toMatchObject({ name: 'temp', labels: undefined, displayName: undefined });
    expect(JSON.parse(dataJson([{ series: '', time: 5, values: [1] }], layout))).toEqual({ values: [[5], [1]] });
  });

  it('puts notices in the meta and the schema only in packets that ask for it', () => {
    const layout = twoSeries().layout();
    const withSchema = JSON.parse(packetJson('{"values":[]}', schemaJson(layout, [{ severity: 'warning', text: 'gap' }])));
    expect(withSchema.schema.meta).toEqual({ notices: [{ severity: 'warning', text: 'gap' }] });
    expect(JSON.parse(packetJson('{"values":[]}'))).toEqual({ data: { values: [] } });
  });
});

describe('LiveSchema', () => {
  it('changes its version only when a series gets a new field; a field of another type is another field', () => {
    const schema = new LiveSchema({ filter: 'site/#', splitBy: 'topic', fields: [] });
    expect(schema.indexOf('temp', 'number')).toBe(0);
    schema.addColumn('site/a', { topic: 'site/a' }, 0);
    const version = schema.version;
    expect(schema.indexOf('temp', 'number')).toBe(0);
    schema.addColumn('site/a', { topic: 'site/a' }, 0);
    expect(schema.version).toBe(version);
    expect(schema.indexOf('temp', 'string')).toBe(1);
    schema.addColumn('site/a', { topic: 'site/a' }, 1);
    expect(schema.version).toBe(version + 1);
    expect(schema.layout().columns.map((c) => c.name)).toEqual([
      'temp {topic="site/a"}',
      'temp {topic="site/a"} (string)',
    ]);
  });

  it("keeps each field's name when a later series renames the others, and orders fields as the direct path does", () => {
    const schema = new LiveSchema({ filter: 'site/#', splitBy: 'device', fields: ['b', 'a'] });
    const a = schema.indexOf('a', 'number');
    const b = schema.indexOf('b', 'number');
    schema.addColumn('d10', { device: 'd10', topic: 'site/x' }, a);
    schema.addColumn('d2', { device: 'd2', topic: 'site/x' }, a);
    schema.addColumn('d2', { device: 'd2', topic: 'site/x' }, b);
    const before = schema.layout().columns.map((c) => [c.name, c.displayName]);
    expect(before).toEqual([
      ['b {device="d2", topic="site/x"}', 'd2 b'],
      ['a {device="d2", topic="site/x"}', 'd2 a'],
      ['a {device="d10", topic="site/x"}', 'd10 a'],
    ]);
    // d2 on a second topic: both d2 series are now named with their topics, the field names stay.
    schema.addColumn('d2y', { device: 'd2', topic: 'site/y' }, a);
    const after = schema.layout().columns;
    expect(after.map((c) => c.displayName)).toEqual(['d2 x b', 'd2 x a', 'd2 y a', 'd10 a']);
    expect(after.filter((c) => c.series !== 'd2y').map((c) => c.name)).toEqual(before.map(([name]) => name));
  });
});
