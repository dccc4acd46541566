/**
 * The webpack configuration of the preview app: one bundle holding the real React, @grafana/* and
 * RxJS, which the app then hands to the built plugin through its AMD registry.
 */
import { join } from 'node:path';
import type { Configuration } from 'webpack';

/** Where the preview app's sources and bundle live, relative to the repository root. */
export const PREVIEW_APP_DIR = join('services', 'preview', 'app');
export const PREVIEW_DIST_DIR = join('services', 'preview', 'dist');
export const PREVIEW_BUNDLE_NAME = 'preview-app.js';

/** Builds the configuration for a repository rooted at `repoRoot`. */
export function previewWebpackConfig(repoRoot: string): Configuration {
  return {
    context: repoRoot,
    // Production React and @grafana/* are what Grafana itself ships; minifying would only slow the build.
    mode: 'production',
    devtool: 'source-map',
    entry: { 'preview-app': join(repoRoot, PREVIEW_APP_DIR, 'index.tsx') },
    output: {
      path: join(repoRoot, PREVIEW_DIST_DIR),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash].js',
      publicPath: '/preview/',
      clean: true,
    },
    cache: {
      type: 'filesystem',
      cacheDirectory: join(repoRoot, 'node_modules', '.cache', 'iotlive-preview-webpack'),
      buildDependencies: { config: [__filename] },
    },
    optimization: { minimize: false, splitChunks: false },
    performance: { hints: false },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.jsx', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.[tj]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                target: 'es2020',
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
              },
            },
          },
        },
        // @grafana/* ship .mjs files that import without extensions and default-import CommonJS
        // packages compiled from ES modules (e.g. react-custom-scrollbars-2); webpack's strict .mjs
        // interop would hand them the whole exports object, so they are parsed like Grafana's own build does.
        { test: /\.m?js$/, include: /node_modules/, type: 'javascript/auto', resolve: { fullySpecified: false } },
        { test: /\.css$/, use: ['style-loader', 'css-loader'] },
        { test: /\.(png|jpe?g|gif|svg|woff2?|eot|ttf|otf)$/, type: 'asset/resource' },
      ],
    },
    stats: 'errors-warnings',
  };
}
