/** A command's usage text, written from its flags' schema so the defaults it shows are the ones it applies. */
import { documentedSettings, type SettingsSchema } from './parseSettings';

/** `synopsis`, then one line per flag: its description and, when it has one, its default. */
export function formatUsage(synopsis: string, flags: SettingsSchema): string {
  const entries = documentedSettings(flags);
  const width = Math.max(...entries.map(([name]) => name.length)) + 2;
  const lines = entries.map(([name, doc]) => {
    const fallback = doc.default === undefined ? '' : ` (default ${doc.default})`;
    return `  --${name.padEnd(width)}${doc.description}${fallback}`;
  });
  return [`usage: ${synopsis}`, ...lines].join('\n');
}
