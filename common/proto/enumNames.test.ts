import { enumNames } from './enumNames';

enum Colour {
  UNSET = 0,
  RED = 1,
  BLUE = 2,
}

describe('enumNames', () => {
  const colours = enumNames({ [Colour.RED]: 'red', [Colour.BLUE]: 'blue' } as const);

  it('lists the names in enum order and maps them both ways', () => {
    expect(colours.names).toEqual(['red', 'blue']);
    expect(colours.wireOf('blue')).toBe(Colour.BLUE);
    expect(colours.nameOf(Colour.RED)).toBe('red');
  });

  it('knows no name for unset or unknown values, and no value for other strings', () => {
    expect(colours.nameOf(Colour.UNSET)).toBeUndefined();
    expect(colours.nameOf(undefined)).toBeUndefined();
    expect(colours.nameOf(7)).toBeUndefined();
    expect(colours.isName('red')).toBe(true);
    expect(colours.isName('green')).toBe(false);
    expect(colours.isName(1)).toBe(false);
  });
});
