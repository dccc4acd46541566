import type { ScopedVars } from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import type { ResolvedQuery } from '../types';
import { currentIsAll, expandTemplate, type AllSelected, type TemplateReplace } from './expandTemplate';

/** What a host may put in place of Grafana's TemplateSrv. */
export interface TemplateDependencies {
  /** Grafana's TemplateSrv.replace. */
  templateReplace?: TemplateReplace;
  /** Whether a variable is set to "All" (default: read from TemplateSrv.getVariables()). */
  isAllSelected?: AllSelected;
}

/** The variables of a query replaced: through Grafana's TemplateSrv unless the host supplies its own. */
export class QueryTemplates {
  constructor(private readonly deps: TemplateDependencies) {}

  /** Replaces the variables of one string. */
  get replace(): TemplateReplace {
    if (this.deps.templateReplace) {
      return this.deps.templateReplace;
    }
    const templateSrv = getTemplateSrv();
    return (target, scopedVars, format) => templateSrv.replace(target, scopedVars, format as never);
  }

  /**
   * The topic filters and field paths of a query with its variables replaced. A multi-value
   * variable gives one filter per value, except "All" on a variable that fills whole topic levels,
   * which becomes one wildcard filter (one stream, however many values).
   */
  expand(query: ResolvedQuery, scopedVars: ScopedVars | undefined): { filters: string[]; fields: string[] } {
    const replace = this.replace;
    const isAll = this.isAllSelected();
    const filters = expandTemplate(query.topic, replace, scopedVars, { isAll, allAsWildcard: true });
    const fields = [...new Set(query.fields.flatMap((f) => expandTemplate(f, replace, scopedVars, { isAll })))];
    return { filters, fields };
  }

  private isAllSelected(): AllSelected {
    if (this.deps.isAllSelected) {
      return this.deps.isAllSelected;
    }
    if (this.deps.templateReplace) {
      // A host that replaces templates itself says nothing about "All".
      return () => false;
    }
    const variables = getTemplateSrv().getVariables() as Array<{ name: string; current?: { value?: unknown } }>;
    return (variable) => currentIsAll(variables.find((v) => v.name === variable?.name)?.current);
  }
}
