import { ConfigError } from '../../../common/errors/ConfigError';
import { CONFIG_EXIT_CODE, configOrExit } from './configOrExit';

describe('configOrExit', () => {
  afterEach(() => jest.restoreAllMocks());

  it('returns what was read', () => {
    expect(configOrExit(() => 42, jest.fn())).toBe(42);
  });

  it('reports the message and exits 2 when reading throws', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const report = jest.fn();
    configOrExit(() => {
      throw new ConfigError('X', 'a number', { value: 'y' });
    }, report);
    expect(report).toHaveBeenCalledWith('X="y" must be a number');
    expect(exit).toHaveBeenCalledWith(CONFIG_EXIT_CODE);
    expect(CONFIG_EXIT_CODE).toBe(2);
  });
});
