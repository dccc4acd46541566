import { expandTemplate, type TemplateReplace } from './expandTemplate';

/** A TemplateSrv stand-in: $name is replaced by the variable's value through the format function. */
function replacer(variables: Record<string, string | string[]>): TemplateReplace {
  return (target, _scoped, format) =>
    target.replace(/\$(\w+)/g, (whole, name: string) => {
      const value = variables[name];
      if (value === undefined) {
        return whole;
      }
      return format ? format(value) : String(value);
    });
}

describe('expandTemplate', () => {
  it('gives the text unchanged without variables', () => {
    expect(expandTemplate('site/+/env', replacer({}))).toEqual(['site/+/env']);
  });

  it('turns a multi-value variable into one filter per value', () => {
    expect(expandTemplate('site/$site/env', replacer({ site: ['a', 'b'] }))).toEqual(['site/a/env', 'site/b/env']);
  });

  it('gives every combination of several multi-value variables, without duplicates', () => {
    const replace = replacer({ site: ['a', 'b'], dev: ['1', '2'] });
    expect(expandTemplate('$site/$dev', replace)).toEqual(['a/1', 'a/2', 'b/1', 'b/2']);
    expect(expandTemplate('$site/x', replacer({ site: ['a', 'a'] }))).toEqual(['a/x']);
  });

  it('drops empty results', () => {
    expect(expandTemplate('$none', replacer({ none: '' }))).toEqual([]);
  });
});
