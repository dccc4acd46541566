import { DataType, tableFromIPC } from 'apache-arrow';
import { arrowFrame } from './arrowFrame';

describe('arrowFrame', () => {
  const bytes = arrowFrame({
    name: 'site/a/temperature',
    refId: 'A',
    meta: { type: 'timeseries-wide', typeVersion: [0, 1] },
    times: [1_700_000_000_000.5, 1_700_000_001_000],
    fields: [{ name: 'celsius', values: Float64Array.from([21.5, NaN]), labels: { topic: 'site/a/temperature' } }],
  });

  it('is an Arrow IPC file (magic at both ends), not a stream', () => {
    const text = Buffer.from(bytes);
    expect(text.subarray(0, 6).toString('latin1')).toBe('ARROW1');
    expect(text.subarray(text.length - 6).toString('latin1')).toBe('ARROW1');
  });

  it('carries the frame name, refId, meta, labels, nanosecond time and nullable float64', () => {
    const table = tableFromIPC(bytes);
    expect(table.schema.metadata.get('name')).toBe('site/a/temperature');
    expect(table.schema.metadata.get('refId')).toBe('A');
    expect(JSON.parse(table.schema.metadata.get('meta')!)).toEqual({ type: 'timeseries-wide', typeVersion: [0, 1] });
    const [time, value] = table.schema.fields;
    expect(DataType.isTimestamp(time.type) && time.type.unit).toBe(3); // TimeUnit.NANOSECOND
    expect(time.nullable).toBe(false);
    expect(DataType.isFloat(value.type) && value.nullable).toBe(true);
    expect(JSON.parse(value.metadata.get('labels')!)).toEqual({ topic: 'site/a/temperature' });
    expect(table.getChild('Time')!.data[0].values[0]).toBe(1_700_000_000_000_500_000n);
    expect(table.getChild('celsius')!.toArray()[0]).toBe(21.5);
    expect(table.getChild('celsius')!.get(1)).toBeNull();
  });

  it('writes a frame with no rows', () => {
    const table = tableFromIPC(
      arrowFrame({ name: 'x', refId: 'B', times: [], fields: [{ name: 'v', values: new Float64Array(0) }] })
    );
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['Time', 'v']);
  });
});
