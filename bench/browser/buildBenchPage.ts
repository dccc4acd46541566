/** Builds the bench page bundle with the preview host's webpack setup (same shared libraries). */
import path from 'node:path';
import webpack from 'webpack';
import { previewWebpackConfig } from '../../services/preview/previewWebpackConfig';

const REPO_ROOT = path.resolve(__dirname, '../..');
export const BENCH_PAGE_DIR = path.join(REPO_ROOT, 'bench', '.build');
export const BENCH_PAGE_BUNDLE = 'bench-page.js';

/** Runs webpack for bench/browser/benchPage.ts into bench/.build/. */
export function buildBenchPage(): Promise<void> {
  const base = previewWebpackConfig(REPO_ROOT);
  const config: webpack.Configuration = {
    ...base,
    entry: { 'bench-page': path.join(REPO_ROOT, 'bench', 'browser', 'benchPage.ts') },
    output: { ...base.output, path: BENCH_PAGE_DIR, publicPath: '/bench/' },
    cache: {
      type: 'filesystem',
      cacheDirectory: path.join(REPO_ROOT, 'node_modules', '.cache', 'iotlive-bench-webpack'),
    },
    devtool: false,
  };
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      // Closing writes the build cache now; left open, webpack writes it in the background while
      // the suites measure, competing with them for the CPU.
      compiler.close((closeError) => {
        if (error || closeError || !stats || stats.hasErrors()) {
          reject(
            error ??
              closeError ??
              new Error(`bench page build failed:\n${stats?.toString('errors-only') ?? 'no stats'}`)
          );
          return;
        }
        resolve();
      });
    });
  });
}
