import { iot } from './index';
import { CONFLATION_MODES, conflationModeOf, foldingConflation, isConflationMode, wireConflation } from './conflation';

const Wire = iot.stream.v1.Conflation;

describe('conflation modes', () => {
  it('names every value of the wire enum, and reads each name back', () => {
    expect(CONFLATION_MODES).toEqual(['none', 'last', 'avg', 'min', 'max']);
    expect(CONFLATION_MODES.map(wireConflation).sort()).toEqual(Object.values(Wire).sort());
    for (const mode of CONFLATION_MODES) {
      expect(conflationModeOf(wireConflation(mode))).toBe(mode);
      expect(isConflationMode(mode)).toBe(true);
    }
    expect(conflationModeOf(99)).toBeUndefined();
    expect(isConflationMode('median')).toBe(false);
    expect(isConflationMode(undefined)).toBe(false);
  });

  it('folds with the last value when a rate comes with NONE', () => {
    expect(foldingConflation(Wire.CONFLATION_NONE)).toBe(Wire.CONFLATION_LAST);
    expect(foldingConflation(Wire.CONFLATION_AVG)).toBe(Wire.CONFLATION_AVG);
  });
});
