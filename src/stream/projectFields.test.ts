import { batch, blockBatch, envelope } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import { columnValues, projectFields } from './projectFields';

describe('projectFields', () => {
  it('projects chosen paths into columns, gap rows first', async () => {
    const input = batch(
      [
        envelope({ sequence: 5, values: { temperature: 20, humidity: 40 }, labels: { site: 'n' } }),
        envelope({ sequence: 6, values: { temperature: 21 } }),
      ],
      [{ topic: 'site/a/device/d1/env', fromSequence: 3, toSequence: 4 }]
    );
    const [rows] = await runOperator([input], projectFields(['temperature', 'humidity', 'label.site']));
    expect(rows.length).toBe(3);
    expect(rows.gapRows).toBe(1);
    expect(rows.fieldNames).toEqual(['temperature', 'humidity', 'label.site']);
    expect(rows.fieldKinds).toEqual(['number', 'number', 'string']);
    expect(columnValues(rows.columns[0])).toEqual([NaN, 20, 21]);
    expect(columnValues(rows.columns[1])).toEqual([NaN, 40, NaN]);
    expect(columnValues(rows.columns[2])).toEqual([null, 'n', null]);
    expect(rows.topics).toEqual(['site/a/device/d1/env', 'site/a/device/d1/env', 'site/a/device/d1/env']);
  });

  it('with no paths, takes every numeric value and keeps the column order across batches', async () => {
    const out = await runOperator(
      [
        batch([envelope({ sequence: 1, values: { b: 1, a: 2 } })]),
        batch([envelope({ sequence: 2, values: { c: 3 } }), envelope({ sequence: 3, json: { a: 9, word: 'x' } })]),
      ],
      projectFields([])
    );
    expect(out[0].fieldNames).toEqual(['b', 'a']);
    expect(out[1].fieldNames).toEqual(['b', 'a', 'c']);
    expect(columnValues(out[1].columns[0])).toEqual([NaN, NaN]);
    expect(columnValues(out[1].columns[1])).toEqual([NaN, 9]);
    expect(columnValues(out[1].columns[2])).toEqual([3, NaN]);
  });

  it('takes a telemetry block field by field, discovering its names the same way', async () => {
    const out = await runOperator(
      [
        blockBatch([envelope({ sequence: 1, values: { b: 1, a: 2 } })]),
        blockBatch(
          [envelope({ sequence: 2, values: { c: 3 } }), envelope({ sequence: 3, values: { a: 4 } })],
          [{ topic: 'site/a/device/d1/env', fromSequence: 1, toSequence: 1 }]
        ),
      ],
      projectFields([])
    );
    expect(out[1].fieldNames).toEqual(['b', 'a', 'c']);
    expect(columnValues(out[1].columns[1])).toEqual([NaN, NaN, 4]);
    expect(columnValues(out[1].columns[2])).toEqual([NaN, 3, NaN]);
    const [explicit] = await runOperator(
      [blockBatch([envelope({ sequence: 1, values: { a: 2 }, labels: { site: 'n' } })])],
      projectFields(['a', 'label.site'])
    );
    expect(explicit.columns.map(columnValues)).toEqual([[2], ['n']]);
  });

  it('keeps discovered columns per subscription, not per operator', async () => {
    const operator = projectFields([]);
    await runOperator([batch([envelope({ sequence: 1, values: { x: 1 } })])], operator);
    const [fresh] = await runOperator([batch([envelope({ sequence: 1, values: { y: 1 } })])], operator);
    expect(fresh.fieldNames).toEqual(['y']);
  });

  it('ignores blank paths', async () => {
    const [rows] = await runOperator([batch([envelope({ sequence: 1 })])], projectFields([' ', '']));
    expect(rows.fieldNames).toEqual(['temperature']);
  });
});
