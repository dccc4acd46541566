import type { TimeRange } from '@grafana/data';
import { PreviewTemplateSrv } from './previewTemplateSrv';

const srv = () =>
  new PreviewTemplateSrv([{ name: 'device', label: 'Device', current: 'sim-0001', options: ['sim-0001', 'sim-0002'] }]);

describe('PreviewTemplateSrv', () => {
  it('replaces variables in every syntax', () => {
    const templates = srv();
    expect(templates.replace('site/+/device/$device/temperature')).toBe('site/+/device/sim-0001/temperature');
    expect(templates.replace('a/${device}/b [[device]]')).toBe('a/sim-0001/b sim-0001');
    expect(templates.replace('${device:queryparam}')).toBe('var-device=sim-0001');
  });

  it('prefers scoped variables and leaves unknown ones as written', () => {
    const templates = srv();
    expect(templates.replace('$device', { device: { text: 'x', value: 'sim-0009' } })).toBe('sim-0009');
    expect(templates.replace('$unknown/$device')).toBe('$unknown/sim-0001');
  });

  it('follows the dashboard picker and knows the time range', () => {
    const templates = srv();
    templates.setValue('device', 'sim-0002');
    // Only valueOf() is read; @grafana/data's dateTime needs an ES-module transform this project lacks.
    templates.updateTimeRange({ from: { valueOf: () => 1000 }, to: { valueOf: () => 2000 } } as unknown as TimeRange);
    expect(templates.replace('$device $__from $__to')).toBe('sim-0002 1000 2000');
    expect(templates.containsTemplate('a/$device')).toBe(true);
    expect(templates.containsTemplate('a/$other')).toBe(false);
    expect(templates.getVariables()[0]).toMatchObject({ name: 'device', current: { value: 'sim-0002' } });
  });
});
