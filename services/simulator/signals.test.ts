import { batteryModel, deviceSignals, gpsModel, humidityModel, temperatureModel, vibrationModel } from './signals';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('signal models', () => {
  it('stay within plausible physical ranges over a simulated day', () => {
    const random = seeded(1);
    const temperature = temperatureModel(20);
    const humidity = humidityModel(50);
    const battery = batteryModel(50);
    const vibration = vibrationModel(200);
    const gps = gpsModel(48.85, 2.35);
    let maxRms = 0;
    for (let step = 0; step < 86_400 / 60; step++) {
      expect(Math.abs(temperature.next(60, random).celsius - 20)).toBeLessThan(10);
      const { percent } = humidity.next(60, random);
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
      const level = battery.next(60, random);
      expect(level.percent).toBeGreaterThan(0);
      expect(level.volts).toBeGreaterThan(3);
      maxRms = Math.max(maxRms, vibration.next(60, random).rms);
      const position = gps.next(60, random);
      expect(Math.abs(position.lat - 48.85)).toBeLessThan(0.01);
      expect(Math.abs(position.lon - 2.35)).toBeLessThan(0.01);
    }
    // Bursts happen.
    expect(maxRms).toBeGreaterThan(1);
  });

  it('drains the battery over time', () => {
    const battery = batteryModel(80, 10);
    const random = seeded(2);
    const start = battery.next(1, random).percent;
    expect(battery.next(3600, random).percent).toBeLessThan(start - 5);
  });

  it('gives each device the five signals, deterministically for a seed', () => {
    const names = deviceSignals(0, seeded(3)).map((signal) => signal.name);
    expect(names).toEqual(['temperature', 'humidity', 'battery', 'vibration', 'gps']);
    const a = deviceSignals(1, seeded(4)).map((signal) => signal.next(1, seeded(5)));
    const b = deviceSignals(1, seeded(4)).map((signal) => signal.next(1, seeded(5)));
    expect(a).toEqual(b);
  });
});
