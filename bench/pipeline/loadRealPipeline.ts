/**
 * Loads the real pipeline into Node. Its last operator builds Grafana data frames with
 * @grafana/data, which touches `window` and `document` as it loads: a jsdom window stands in for
 * the load only and is removed afterwards, so the rest of the bench process still looks like Node.
 */
import { JSDOM } from 'jsdom';

type RealPipeline = typeof import('./realPipeline');

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'getComputedStyle'];

let loaded: RealPipeline | undefined;

/** The realPipeline module, loaded once. */
export function loadRealPipeline(): RealPipeline {
  if (loaded) {
    return loaded;
  }
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'http://localhost/' });
  const scope = globalThis as Record<string, unknown>;
  const installed = BROWSER_GLOBALS.filter((name) => scope[name] === undefined);
  for (const name of installed) {
    scope[name] = (dom.window as unknown as Record<string, unknown>)[name];
  }
  try {
    // Required here, not imported at the top, so it loads while the stand-in window exists.
    loaded = require('./realPipeline') as RealPipeline;
  } finally {
    for (const name of installed) {
      delete scope[name];
    }
    dom.window.close();
  }
  return loaded;
}
