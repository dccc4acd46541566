/**
 * Which device an MQTT message belongs to and which broker topic it goes to. Patterns are MQTT filters
 * in which one level may be `{device}`: that level names the device and matches like `+`.
 */
import { compileTopicFilter, validateTopicFilter, type TopicMatcher } from '../../common/topics/topicFilter';

const DEVICE_LEVEL = '{device}';
/** The broker refuses device ids with these (and control characters); such levels fall back to the bridge's id. */
const INVALID_DEVICE_ID = /[\u0000-\u001f/+#]/;

export interface TopicPattern {
  /** The pattern as configured, e.g. "devices/{device}/#". */
  pattern: string;
  /** The MQTT filter to subscribe to, e.g. "devices/+/#". */
  filter: string;
  /** Index of the `{device}` level, or -1. */
  deviceLevel: number;
  matches: TopicMatcher;
}

/** Compiles one pattern; throws a ValidationError for an invalid filter. */
export function compileTopicPattern(pattern: string): TopicPattern {
  const levels = pattern.split('/');
  const deviceLevel = levels.indexOf(DEVICE_LEVEL);
  const filter = levels.map((level) => (level === DEVICE_LEVEL ? '+' : level)).join('/');
  validateTopicFilter(filter);
  return { pattern, filter, deviceLevel, matches: compileTopicFilter(filter) };
}

export interface TopicRoute {
  deviceId: string;
  brokerTopic: string;
  /** The broker topics this device may publish under (what its session registers). */
  deviceFilters: string[];
}

/** Maps MQTT topics onto devices and broker topics. */
export class TopicMapper {
  private readonly patterns: TopicPattern[];

  constructor(
    patterns: readonly string[],
    private readonly prefix: string,
    private readonly bridgeDeviceId: string
  ) {
    this.patterns = patterns.map(compileTopicPattern);
  }

  /** The MQTT filters to subscribe to. */
  get filters(): string[] {
    return [...new Set(this.patterns.map((pattern) => pattern.filter))];
  }

  /** The broker topic of an MQTT topic. */
  brokerTopic(mqttTopic: string): string {
    return this.prefix === '' ? mqttTopic : `${this.prefix}/${mqttTopic}`;
  }

  /** The broker filters of one named device: every pattern with `{device}`, filled in. */
  private filtersOf(deviceId: string): string[] {
    return this.patterns
      .filter((pattern) => pattern.deviceLevel >= 0)
      .map((pattern) => {
        const levels = pattern.filter.split('/');
        levels[pattern.deviceLevel] = deviceId;
        return this.brokerTopic(levels.join('/'));
      });
  }

  /** The device and broker topic of a message, or undefined when no pattern matches it. */
  route(mqttTopic: string): TopicRoute | undefined {
    for (const pattern of this.patterns) {
      if (!pattern.matches(mqttTopic)) {
        continue;
      }
      if (pattern.deviceLevel >= 0) {
        const level = mqttTopic.split('/')[pattern.deviceLevel] ?? '';
        if (level !== '' && level.length <= 256 && !INVALID_DEVICE_ID.test(level)) {
          return { deviceId: level, brokerTopic: this.brokerTopic(mqttTopic), deviceFilters: this.filtersOf(level) };
        }
      }
      // The bridge's own device carries every topic that names no device.
      return {
        deviceId: this.bridgeDeviceId,
        brokerTopic: this.brokerTopic(mqttTopic),
        deviceFilters: [this.brokerTopic('#')],
      };
    }
    return undefined;
  }
}

/** Fills `{device}` and `{command}` into a command topic template. */
export function commandTopicFor(template: string, deviceId: string, command: string): string {
  return template.split('{device}').join(deviceId).split('{command}').join(command);
}
