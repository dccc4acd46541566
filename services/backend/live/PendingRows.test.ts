import { PendingRows } from './PendingRows';

const rows = (...times: number[]) => times.map((time) => ({ series: '', time, values: [time] }));

describe('PendingRows', () => {
  it('keeps the newest rows under its bound and turns what it dropped into one notice', () => {
    let counted = 0;
    const pending = new PendingRows(3, 10, (n) => (counted += n));
    pending.add({ rows: rows(1, 2), droppedBySeriesLimit: 0 });
    pending.add({ rows: rows(3, 4, 5), droppedBySeriesLimit: 0 });
    expect(counted).toBe(2);
    const taken = pending.take();
    expect(taken?.rows.map((r) => r.time)).toEqual([3, 4, 5]);
    expect(taken?.notices.map((n) => n.text)).toEqual([
      '2 samples were dropped: Grafana reads this live channel slower than the data arrives',
    ]);
    expect(pending.take()).toBeUndefined();
  });

  it('states each notice once, unplotted kinds only the first time, and series over the limit', () => {
    const pending = new PendingRows(100, 2);
    const unplotted = new Map([['raw bytes payloads cannot be plotted', 3]]);
    pending.add({ rows: [], droppedBySeriesLimit: 4, unplotted });
    pending.add({ rows: [], droppedBySeriesLimit: 0, unplotted });
    pending.addNotice({ severity: 'warning', text: 'gap' });
    pending.addNotice({ severity: 'warning', text: 'gap' });
    expect(pending.take()?.notices.map((n) => n.text)).toEqual([
      '3 messages were not plotted: raw bytes payloads cannot be plotted',
      'gap',
      '4 samples of series beyond the first 2 were left out: narrow the topic filter or the split',
    ]);
    pending.add({ rows: [], droppedBySeriesLimit: 0, unplotted });
    expect(pending.take()).toBeUndefined();
  });
});
