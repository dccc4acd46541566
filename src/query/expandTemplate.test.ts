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

describe('expandTemplate with "All"', () => {
  /** As Grafana's dashboards do: "All" arrives as every value, the variable only named. */
  function allReplacer(variables: Record<string, string[]>): TemplateReplace {
    return (target, _scoped, format) =>
      target.replace(/\$(\w+)/g, (_whole, name: string) => (format ? format(variables[name], { name }) : ''));
  }
  const isAll = (variable?: { name?: string }) => variable?.name === 'site' || variable?.name === 'topic';

  it('opens one wildcard filter for "All" on a variable that fills a level', () => {
    const replace = allReplacer({ site: ['a', 'b', 'c'] });
    expect(expandTemplate('site/$site/env', replace, undefined, { isAll, allAsWildcard: true })).toEqual([
      'site/+/env',
    ]);
  });

  it('generalises "All" of whole topics to the levels where they differ', () => {
    const replace = allReplacer({ topic: ['site/a/device/1/env', 'site/b/device/2/env'] });
    expect(expandTemplate('$topic', replace, undefined, { isAll, allAsWildcard: true })).toEqual([
      'site/+/device/+/env',
    ]);
  });

  it('keeps one filter per value for a selection that is not "All", or a variable inside a level', () => {
    const replace = allReplacer({ site: ['a', 'b'], other: ['a', 'b'] });
    const options = { isAll, allAsWildcard: true };
    expect(expandTemplate('site/$other/env', replace, undefined, options)).toEqual(['site/a/env', 'site/b/env']);
    expect(expandTemplate('site/x$site/env', replace, undefined, options)).toEqual(['site/xa/env', 'site/xb/env']);
    // Field paths are not topic levels.
    expect(expandTemplate('$site', replace, undefined, { isAll })).toEqual(['a', 'b']);
  });

  it('reads "All" from the variable’s current value where Grafana passes it', () => {
    const replace: TemplateReplace = (target, _s, format) =>
      target.replace('$site', format!(['a', 'b'], { name: 'site', current: { value: ['$__all'] } }));
    expect(expandTemplate('site/$site', replace, undefined, { allAsWildcard: true })).toEqual(['site/+']);
  });
});
