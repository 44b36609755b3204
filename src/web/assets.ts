import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pruneStylesheet } from './css-prune.js';

const require = createRequire(import.meta.url);

/** The stylesheets of the portal, in cascade order: components, theme tokens, then our own theme (print last). */
const COMPONENTS = require.resolve('@utrecht/component-library-css/dist/index.css');
const SOURCES = [
  COMPONENTS,
  require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
  ...['theme', 'layout', 'content', 'details', 'forms', 'participation', 'print'].map(
    (name) => new URL(`./assets/${name}.css`, import.meta.url),
  ),
];

/**
 * The Utrecht component blocks the portal renders: those of the components imported from
 * @utrecht/component-library-react, the classes written in our pages and stylesheets, and the blocks those
 * components emit (link, select, …). test/web/stylesheet.test.ts checks the sources and rendered pages against it.
 */
export const PORTAL_BLOCKS: ReadonlySet<string> = new Set([
  'alert',
  'button',
  'button-link',
  'checkbox',
  'custom-checkbox',
  'data-list',
  'document',
  'form-field',
  'form-field-description',
  'form-field-error-message',
  'form-fieldset',
  'form-label',
  'heading-1',
  'heading-2',
  'heading-3',
  'heading-4',
  'heading-5',
  'heading-6',
  'link',
  'mark',
  'nav-bar',
  'nav-list',
  'page-content',
  'page-footer',
  'page-header',
  'paragraph',
  'radio-button',
  'select',
  'skip-link',
  'table',
  'textarea',
  'textbox',
]);

/** The portal's stylesheet, in cascade order, pruned to the blocks above and the tokens they read. */
export function portalCss(): string {
  return pruneStylesheet(
    SOURCES.map((source) => ({ css: readFileSync(source, 'utf8'), components: source === COMPONENTS })),
    new Set(PORTAL_BLOCKS),
    [],
  );
}

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
  const body = Buffer.from(portalCss());
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
