/** `npm run build:preview`: builds the preview app bundle into services/preview/dist/. */
import { resolve } from 'node:path';
import { buildPreviewApp } from './buildPreviewApp';

const repoRoot = resolve(__dirname, '..', '..');
const started = Date.now();
buildPreviewApp(repoRoot).then(
  () => console.log(`preview app built in ${((Date.now() - started) / 1000).toFixed(1)} s`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
);
