import { simulatorArgs } from './cliArgs';

describe('simulatorArgs', () => {
  it('reads the flags, with BROKER_TARGET and BROKER_TOKEN as fallbacks', () => {
    expect(
      simulatorArgs(['--devices', '20', '--rate', '2.5', '--site', 'north', '--batch', '4'], {
        BROKER_TARGET: 'h:1',
        BROKER_TOKEN: 'tok',
      }).options
    ).toEqual({
      devices: 20,
      rateHz: 2.5,
      batch: 4,
      target: 'h:1',
      token: 'tok',
      site: 'north',
      idPrefix: undefined,
    });
    expect(simulatorArgs(['--target', 'x:2', '--token', 't2'], { BROKER_TARGET: 'h:1' }).options).toMatchObject({
      target: 'x:2',
      token: 't2',
    });
    expect(simulatorArgs(['-h'], {}).help).toBe(true);
  });

  it('refuses bad numbers and unknown flags with the usage', () => {
    expect(() => simulatorArgs(['--devices', '1.5'], {})).toThrow(
      /--devices must be a positive whole number.*\nusage:/s
    );
    expect(() => simulatorArgs(['--rate', '0'], {})).toThrow(/--rate must be a positive number/);
    expect(() => simulatorArgs(['--fleet', '3'], {})).toThrow(/Unknown option/);
  });
});
