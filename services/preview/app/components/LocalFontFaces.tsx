/**
 * Grafana serves the Inter and Roboto Mono web fonts from its own public/fonts folder, which
 * @grafana/ui's GlobalStyles point at. The preview has no copy of them, so it redeclares both
 * families on locally installed fonts; declared later, these faces win, and nothing is fetched.
 */
import { css, Global } from '@emotion/react';

const SANS = "local('Inter'), local('DejaVu Sans'), local('Liberation Sans'), local('Arial'), local('Helvetica')";
const MONO =
  "local('Roboto Mono'), local('DejaVu Sans Mono'), local('Liberation Mono'), local('Menlo'), local('Consolas')";

const faces = [
  { fontFamily: 'Inter', fontStyle: 'normal', fontWeight: 400, src: SANS },
  { fontFamily: 'Inter', fontStyle: 'normal', fontWeight: 500, src: SANS },
  { fontFamily: 'Inter', fontStyle: 'italic', fontWeight: 400, src: SANS },
  { fontFamily: 'Inter', fontStyle: 'italic', fontWeight: 500, src: SANS },
  { fontFamily: 'Roboto Mono', fontStyle: 'normal', fontWeight: 400, src: MONO },
  { fontFamily: 'Roboto Mono', fontStyle: 'normal', fontWeight: 500, src: MONO },
];

/** Render after GlobalStyles. */
export function LocalFontFaces() {
  return <Global styles={css(faces.map((face) => ({ '@font-face': { ...face, fontDisplay: 'swap' } })))} />;
}
