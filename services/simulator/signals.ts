/**
 * Plausible sensor signals. Each model is advanced by elapsed seconds and a random source, so tests
 * can make them deterministic; none reads the clock.
 */

export type Random = () => number;

/** One signal of a device: its topic suffix and how its values evolve. */
export interface SignalModel {
  /** The last topic level, e.g. "temperature". */
  readonly name: string;
  /** Advances the model by `dtSeconds` and returns the field values to report. */
  next(dtSeconds: number, random: Random): { [field: string]: number };
}

function gaussian(random: Random): number {
  // Box-Muller; 1 - random() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Temperature: a slow daily cycle around a base, a random-walk drift, and sensor noise. */
export function temperatureModel(baseCelsius: number): SignalModel {
  let drift = 0;
  let elapsed = 0;
  return {
    name: 'temperature',
    next(dt, random) {
      elapsed += dt;
      drift = Math.max(-5, Math.min(5, drift + gaussian(random) * 0.02 * Math.sqrt(dt)));
      const daily = 3 * Math.sin((2 * Math.PI * elapsed) / 86_400);
      return { celsius: round(baseCelsius + daily + drift + gaussian(random) * 0.05, 2) };
    },
  };
}

/** Relative humidity: a mean-reverting walk, clamped to 0-100 %. */
export function humidityModel(basePercent: number): SignalModel {
  let value = basePercent;
  return {
    name: 'humidity',
    next(dt, random) {
      value += (basePercent - value) * Math.min(1, 0.01 * dt) + gaussian(random) * 0.3 * Math.sqrt(dt);
      value = Math.max(0, Math.min(100, value));
      return { percent: round(value, 1) };
    },
  };
}

/** Battery: drains steadily with some jitter, and is swapped for a full one at 5 %. */
export function batteryModel(startPercent: number, drainPerHour = 2): SignalModel {
  let level = startPercent;
  return {
    name: 'battery',
    next(dt, random) {
      level -= (drainPerHour / 3600) * dt * (0.8 + 0.4 * random());
      if (level <= 5) {
        level = 100;
      }
      const volts = 3.3 + 0.9 * (level / 100);
      return { percent: round(level, 2), volts: round(volts, 3) };
    },
  };
}

/** Vibration: a low floor with occasional bursts that decay over a few seconds. */
export function vibrationModel(burstsPerHour = 20): SignalModel {
  let burst = 0;
  return {
    name: 'vibration',
    next(dt, random) {
      burst *= Math.exp(-dt / 3);
      // A burst starting now shows in this sample, before any decay.
      if (random() < (burstsPerHour / 3600) * dt) {
        burst = 5 + random() * 10;
      }
      const rms = 0.05 + burst + Math.abs(gaussian(random)) * 0.02;
      return { rms: round(rms, 3), peak: round(rms * (1.4 + random() * 0.3), 3) };
    },
  };
}

/** GPS: a slow random walk around a site's position (a few metres per minute). */
export function gpsModel(lat: number, lon: number): SignalModel {
  let currentLat = lat;
  let currentLon = lon;
  return {
    name: 'gps',
    next(dt, random) {
      const metres = gaussian(random) * 0.5 * Math.sqrt(dt);
      const bearing = random() * 2 * Math.PI;
      currentLat += (metres * Math.cos(bearing)) / 111_320;
      currentLon += (metres * Math.sin(bearing)) / (111_320 * Math.cos((currentLat * Math.PI) / 180));
      // Stay near the site: pull back gently.
      currentLat += (lat - currentLat) * Math.min(1, 0.001 * dt);
      currentLon += (lon - currentLon) * Math.min(1, 0.001 * dt);
      return { lat: round(currentLat, 6), lon: round(currentLon, 6) };
    },
  };
}

/** The full set of signals of one device, varied by its index so devices differ. */
export function deviceSignals(index: number, random: Random): SignalModel[] {
  return [
    temperatureModel(18 + random() * 8 + (index % 5)),
    humidityModel(35 + random() * 30),
    batteryModel(60 + random() * 40),
    vibrationModel(),
    gpsModel(48.85 + (random() - 0.5) * 0.02, 2.35 + (random() - 0.5) * 0.02),
  ];
}
