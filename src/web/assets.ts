import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The stylesheets of the portal, in cascade order: components, theme tokens, then our own theme (print last). */
const SOURCES = [
  require.resolve('@utrecht/component-library-css/dist/index.css'),
  require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
  ...['theme', 'layout', 'content', 'details', 'forms', 'participation', 'print'].map(
    (name) => new URL(`./assets/${name}.css`, import.meta.url),
  ),
];

export type Asset = {
  href: string;
  type: string;
  etag: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
};

/** Built once at startup: one content-hashed stylesheet, pre-compressed, served from memory (no CDN). */
export function buildStylesheet(): Asset {
  const body = Buffer.from(SOURCES.map((source) => readFileSync(source, 'utf8')).join('\n'));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return {
    href: `/assets/portal.${hash}.css`,
    type: 'text/css; charset=utf-8',
    etag: `"${hash}"`,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } }),
  };
}

/** Picks the smallest encoding the client accepts. */
export function negotiate(
  asset: Asset,
  acceptEncoding: string | undefined,
): { body: Buffer; encoding?: string } {
  const accepted = acceptEncoding ?? '';
  if (/\bbr\b/.test(accepted)) return { body: asset.brotli, encoding: 'br' };
  if (/\bgzip\b/.test(accepted)) return { body: asset.gzip, encoding: 'gzip' };
  return { body: asset.body };
}
