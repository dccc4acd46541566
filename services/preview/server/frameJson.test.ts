import { arrowFrame } from '../../backend/query/arrowFrame';
import { frameJsonFromArrow } from './frameJson';

describe('frameJsonFromArrow (what Grafana sends browsers for a backend frame)', () => {
  it('keeps name, refId, meta, labels and config, with times in ms and the sub-ms rest in nanos', () => {
    const frame = frameJsonFromArrow(
      arrowFrame({
        name: 'site/a/temperature',
        refId: 'A',
        meta: { type: 'timeseries-wide', typeVersion: [0, 1] },
        times: [1_700_000_000_000.5, 1_700_000_001_000],
        fields: [
          {
            name: 'celsius',
            values: Float64Array.from([21.5, NaN]),
            labels: { topic: 'site/a/temperature' },
            config: { unit: 'celsius' },
          },
        ],
      })
    );
    expect(frame).toEqual({
      schema: {
        name: 'site/a/temperature',
        refId: 'A',
        meta: { type: 'timeseries-wide', typeVersion: [0, 1] },
        fields: [
          { name: 'Time', type: 'time', typeInfo: { frame: 'time.Time' }, config: {} },
          {
            name: 'celsius',
            type: 'number',
            typeInfo: { frame: 'float64', nullable: true },
            labels: { topic: 'site/a/temperature' },
            config: { unit: 'celsius' },
          },
        ],
      },
      data: {
        values: [
          [1_700_000_000_000, 1_700_000_001_000],
          [21.5, null],
        ],
        nanos: [[500_000, 0], null],
      },
    });
  });

  it('leaves nanos out when every time is a whole millisecond, and writes an empty frame', () => {
    const whole = frameJsonFromArrow(
      arrowFrame({
        name: 'x',
        refId: 'B',
        times: [1000, 2000],
        fields: [{ name: 'v', values: Float64Array.from([1, 2]) }],
      })
    );
    expect(whole.data).toEqual({
      values: [
        [1000, 2000],
        [1, 2],
      ],
    });
    expect(whole.schema.fields[1]).not.toHaveProperty('labels');

    const empty = frameJsonFromArrow(
      arrowFrame({ name: 'x', refId: 'B', times: [], fields: [{ name: 'v', values: new Float64Array(0) }] })
    );
    expect(empty.data).toEqual({ values: [[], []] });
  });
});
