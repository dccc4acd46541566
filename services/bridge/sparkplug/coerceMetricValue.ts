/** Command values for Sparkplug metric writes (NCMD/DCMD). */
import { ValidationError } from '../../../common/errors/errors';

/** A command's value as the metric's Sparkplug type expects it. */
export function coerceMetricValue(value: unknown, type: string, name: string): number | boolean | string {
  if (type === 'Boolean') {
    if (typeof value === 'boolean') {
      return value;
    }
    if (value === 0 || value === 1 || value === 'true' || value === 'false') {
      return value === 1 || value === 'true';
    }
  } else if (type === 'String' || type === 'Text' || type === 'UUID') {
    if (typeof value === 'string') {
      return value;
    }
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  } else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  throw new ValidationError(`the metric "${name}" is a ${type}; ${JSON.stringify(value)} is not one`);
}
