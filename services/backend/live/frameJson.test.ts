import { dataJson, packetJson, schemaJson } from './frameJson';
import { LiveSchema } from './LiveSchema';

describe('frame JSON', () => {
  it("writes Grafana's labels layout: labels, time, then the value fields with nulls for missing values", () => {
    const schema = JSON.parse(
      schemaJson([
        { name: 'temp', type: 'number' },
        { name: 'on', type: 'boolean' },
      ])
    );
    expect(schema.fields.map((f: { name: string; type: string }) => [f.name, f.type])).toEqual([
      ['labels', 'string'],
      ['time', 'time'],
      ['temp', 'number'],
      ['on', 'boolean'],
    ]);
    expect(schema.meta).toBeUndefined();
    const data = JSON.parse(
      dataJson(
        [
          { labels: '{topic="a"}', time: 1, values: [20.5, true] },
          { labels: '{topic="b"}', time: 2, values: [NaN] },
        ],
        2
      )
    );
    expect(data).toEqual({
      values: [
        ['{topic="a"}', '{topic="b"}'],
        [1, 2],
        [20.5, null],
        [true, null],
      ],
    });
  });

  it('puts notices in the meta and the schema only in packets that ask for it', () => {
    const withSchema = JSON.parse(packetJson('{"values":[]}', schemaJson([], [{ severity: 'warning', text: 'gap' }])));
    expect(withSchema.schema.meta).toEqual({ notices: [{ severity: 'warning', text: 'gap' }] });
    expect(JSON.parse(packetJson('{"values":[]}'))).toEqual({ data: { values: [] } });
  });
});

describe('LiveSchema', () => {
  it('changes its version only when a field is new, by name and type', () => {
    const schema = new LiveSchema();
    expect(schema.indexOf('temp', 'number')).toBe(0);
    const version = schema.version;
    expect(schema.indexOf('temp', 'number')).toBe(0);
    expect(schema.version).toBe(version);
    expect(schema.indexOf('temp', 'string')).toBe(1);
    expect(schema.version).toBe(version + 1);
  });
});
