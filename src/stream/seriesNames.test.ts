import { compareNames, seriesNames, wildcardLevels } from './seriesNames';

describe('seriesNames', () => {
  it('finds the levels a filter’s wildcards matched', () => {
    expect(wildcardLevels('site/+/device/+/env', 'site/lab/device/sim-1/env')).toEqual(['lab', 'sim-1']);
    expect(wildcardLevels('site/lab/#', 'site/lab/device/sim-1/env')).toEqual(['device', 'sim-1', 'env']);
    expect(wildcardLevels('site/lab/env', 'site/lab/env')).toEqual([]);
  });

  it('names topics by their varying part, devices by their id (with the topic only when it has several)', () => {
    const series = [
      { value: 'sim-1', topic: 'site/lab/device/sim-1/env' },
      { value: 'sim-1', topic: 'site/lab/device/sim-1/battery' },
      { value: 'sim-2', topic: 'site/lab/device/sim-2/env' },
    ];
    expect(seriesNames('site/lab/device/+/+', 'device', series)).toEqual(['sim-1 env', 'sim-1 battery', 'sim-2']);
    expect(
      seriesNames(
        'site/lab/device/+/+',
        'topic',
        series.map((s) => ({ ...s, value: '' }))
      )
    ).toEqual(['sim-1/env', 'sim-1/battery', 'sim-2/env']);
    expect(seriesNames('site/#', 'none', series)).toEqual(['', '', '']);
  });

  it('sorts names as people do', () => {
    expect(['sim-10', 'sim-2', 'sim-1'].sort(compareNames)).toEqual(['sim-1', 'sim-2', 'sim-10']);
  });
});
