/** Builds the preview app bundle with webpack's Node API, and tells whether a build is needed. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { PREVIEW_APP_DIR, PREVIEW_BUNDLE_NAME, PREVIEW_DIST_DIR, previewWebpackConfig } from './previewWebpackConfig';

/** Runs webpack once; rejects with webpack's error text when the build fails. */
export function buildPreviewApp(repoRoot: string): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(previewWebpackConfig(repoRoot), (error, stats) => {
      if (error) {
        reject(error);
        return;
      }
      if (!stats || stats.hasErrors()) {
        reject(new Error(`preview app build failed:\n${stats?.toString('errors-only') ?? 'no stats'}`));
        return;
      }
      resolve();
    });
  });
}

/** The bundle's path, and whether it is missing or older than any source file of the app. */
export function previewAppStatus(repoRoot: string): { bundle: string; upToDate: boolean } {
  const bundle = join(repoRoot, PREVIEW_DIST_DIR, PREVIEW_BUNDLE_NAME);
  const built = mtimeOf(bundle);
  if (built === undefined) {
    return { bundle, upToDate: false };
  }
  const sources = [join(repoRoot, PREVIEW_APP_DIR), join(repoRoot, 'services', 'preview', 'previewWebpackConfig.ts')];
  return { bundle, upToDate: sources.every((source) => newestMtime(source) <= built) };
}

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) {
    return info.mtimeMs;
  }
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}
