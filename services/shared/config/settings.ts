/**
 * The few kinds of setting every service reads: numbers, durations, flags, words from a list, text,
 * lists and listen addresses. Each helper returns a Setting (services/shared/config/setting.ts).
 */
import { LISTEN_ADDRESS_ALLOWED, LISTEN_ADDRESS_PROBLEM, splitListenAddress } from './listenAddress';
import { Refusal, setting, type Setting } from './setting';

interface Documented {
  description: string;
  /** The default as the docs write it, when it differs from String(default). */
  docDefault?: string;
}

export interface NumberSpec extends Documented {
  /** Whole numbers only (the default). */
  whole?: boolean;
  /** The smallest value allowed, inclusive (default 0). */
  min?: number;
  /** The largest value allowed, inclusive. */
  max?: number;
  /** Only values above `min` (e.g. a positive rate: min 0, exclusive). */
  exclusiveMin?: boolean;
}

/** Says which numbers are allowed, e.g. "a positive whole number", "a whole number from 0 to 1". */
export function describeNumbers(spec: Omit<NumberSpec, keyof Documented>): string {
  const noun = spec.whole === false ? 'number' : 'whole number';
  const min = spec.min ?? 0;
  if (spec.max !== undefined) {
    return `a ${noun} from ${min} to ${spec.max}`;
  }
  if (min === 0) {
    return spec.exclusiveMin ? `a positive ${noun}` : `a non-negative ${noun}`;
  }
  if (min === 1 && spec.whole !== false) {
    return `a positive ${noun}`;
  }
  return `a ${noun} ${spec.exclusiveMin ? '>' : '≥'} ${min}`;
}

function numberParser(spec: NumberSpec): (text: string) => number {
  const whole = spec.whole !== false;
  const allowed = describeNumbers(spec);
  const min = spec.min ?? 0;
  return (text) => {
    // Plain decimal notation only: "1e6" or "0x10" in a config file is more likely a slip than a wish.
    const syntax = whole ? /^-?\d+$/ : /^-?(\d+\.?\d*|\.\d+)$/;
    if (!syntax.test(text)) {
      throw new Refusal(`is not a ${whole ? 'whole number' : 'number'} (use ${allowed})`);
    }
    const value = Number(text);
    const belowMin = spec.exclusiveMin ? value <= min : value < min;
    if (!Number.isSafeInteger(Math.trunc(value)) || belowMin || (spec.max !== undefined && value > spec.max)) {
      throw new Refusal();
    }
    return value;
  };
}

/** A number read from decimal text; whole and ≥ 0 unless the spec says otherwise. */
export function envNumber<D extends number | undefined = undefined>(
  spec: NumberSpec & { default?: D }
): Setting<number | D> {
  return setting<number | D>({
    description: spec.description,
    docDefault: spec.docDefault,
    allowed: describeNumbers(spec),
    parse: numberParser(spec),
    fallback: spec.default as D,
  });
}

/** A duration in whole milliseconds (≥ 0 unless `min` says otherwise). */
export function envDuration(spec: Omit<NumberSpec, 'whole'> & { default: number }): Setting<number> {
  return envNumber({ ...spec, whole: true });
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** A yes/no setting: 1, true, yes, on or 0, false, no, off (any case). */
export function envBool(spec: Documented & { default: boolean }): Setting<boolean> {
  return setting({
    ...spec,
    allowed: 'true or false',
    fallback: spec.default,
    parse: (text) => {
      const word = text.toLowerCase();
      if (TRUE_WORDS.includes(word)) {
        return true;
      }
      if (FALSE_WORDS.includes(word)) {
        return false;
      }
      throw new Refusal();
    },
  });
}

/** One of a fixed list of words. */
export function envEnum<const W extends string>(words: readonly W[], spec: Documented & { default: W }): Setting<W> {
  const allowed = `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
  return setting({
    ...spec,
    allowed,
    fallback: spec.default,
    parse: (text) => {
      if (!(words as readonly string[]).includes(text)) {
        throw new Refusal();
      }
      return text as W;
    },
  });
}

export interface TextSpec extends Documented {
  /** Keep blank text and surrounding spaces as given (a password, a prefix that may be empty). */
  verbatim?: boolean;
}

/** Free text, trimmed; unset or blank gives the default. */
export function envText<D extends string | undefined = undefined>(
  spec: TextSpec & { default?: D }
): Setting<string | D> {
  return setting<string | D>({ ...spec, allowed: 'text', fallback: spec.default as D, parse: (text) => text });
}

/** A comma-separated list; blank items are dropped. */
export function envList(spec: Documented & { default: string[] }): Setting<string[]> {
  return setting({
    ...spec,
    allowed: 'a comma-separated list',
    fallback: spec.default,
    parse: (text) =>
      text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
  });
}

/** A listen address (host:port, [v6]:port, port 0 for any), checked by the one parser; `off` where allowed. */
export function envListen(spec: Documented & { default: string; allowOff?: boolean }): Setting<string> {
  return setting({
    ...spec,
    allowed: spec.allowOff ? `${LISTEN_ADDRESS_ALLOWED}, or off` : LISTEN_ADDRESS_ALLOWED,
    fallback: spec.default,
    parse: (text) => {
      if ((spec.allowOff && text === 'off') || splitListenAddress(text)) {
        return text;
      }
      throw new Refusal(LISTEN_ADDRESS_PROBLEM);
    },
  });
}
