import { parseSparkplugTopic, sparkplugCommandTopic } from './sparkplugTopic';

describe('parseSparkplugTopic', () => {
  it('reads node and device messages', () => {
    expect(parseSparkplugTopic('spBv1.0/G/NBIRTH/E')).toEqual({
      group: 'G',
      type: 'NBIRTH',
      node: 'E',
      device: undefined,
    });
    expect(parseSparkplugTopic('spBv1.0/G/DDATA/E/D')).toEqual({ group: 'G', type: 'DDATA', node: 'E', device: 'D' });
  });

  it.each([
    'spBv1.0/G/NDATA/E/D',
    'spBv1.0/G/DDATA/E',
    'spBv1.0/G/FOO/E',
    'spBv1.0/STATE/host',
    'spAv1.0/G/NDATA/E',
    'spBv1.0//NDATA/E',
  ])('refuses %s', (topic) => {
    expect(parseSparkplugTopic(topic)).toBeUndefined();
  });
});

describe('sparkplugCommandTopic', () => {
  it('addresses nodes with NCMD and devices with DCMD', () => {
    expect(sparkplugCommandTopic('G', 'E')).toBe('spBv1.0/G/NCMD/E');
    expect(sparkplugCommandTopic('G', 'E', 'D')).toBe('spBv1.0/G/DCMD/E/D');
  });
});
