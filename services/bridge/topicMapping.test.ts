import { commandTopicFor, compileTopicPattern, TopicMapper } from './topicMapping';

describe('compileTopicPattern', () => {
  it('subscribes with + where the device level is', () => {
    expect(compileTopicPattern('devices/{device}/#')).toMatchObject({ filter: 'devices/+/#', deviceLevel: 1 });
    expect(compileTopicPattern('plant/#')).toMatchObject({ filter: 'plant/#', deviceLevel: -1 });
  });

  it('refuses an invalid filter', () => {
    expect(() => compileTopicPattern('a/#/b')).toThrow(/'#' must stand alone/);
  });
});

describe('TopicMapper', () => {
  const mapper = new TopicMapper(['devices/{device}/#', 'sensors/{device}/+', 'plant/#'], 'mqtt', 'bridge');

  it('names the device from its level and prefixes the broker topic', () => {
    expect(mapper.route('devices/d1/temp')).toEqual({
      deviceId: 'd1',
      brokerTopic: 'mqtt/devices/d1/temp',
      deviceFilters: ['mqtt/devices/d1/#', 'mqtt/sensors/d1/+'],
    });
  });

  it("gives topics without a device level to the bridge's own device", () => {
    expect(mapper.route('plant/line1/speed')).toEqual({
      deviceId: 'bridge',
      brokerTopic: 'mqtt/plant/line1/speed',
      deviceFilters: ['mqtt/#'],
    });
  });

  it('routes nothing outside the patterns', () => {
    expect(mapper.route('other/x')).toBeUndefined();
  });

  it('keeps topics as they are with an empty prefix', () => {
    expect(new TopicMapper(['{device}/#'], '', 'b').route('d9/x')?.brokerTopic).toBe('d9/x');
  });

  it('subscribes to each filter once', () => {
    expect(new TopicMapper(['a/{device}', 'a/+'], 'p', 'b').filters).toEqual(['a/+']);
  });
});

describe('commandTopicFor', () => {
  it('fills device and command in', () => {
    expect(commandTopicFor('devices/{device}/commands/{command}', 'd1', 'reboot')).toBe('devices/d1/commands/reboot');
  });
});
