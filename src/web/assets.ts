import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/**
 * Element and modifier names our own markup writes after a block (`utrecht-document--surface`,
 * `utrecht-table__cell--numeric` composed in BallotTable); the React components' own come from their code (`componentParts`). test/web/stylesheet.test.ts
 * checks our sources against this list.
 */
export const PORTAL_PARTS: ReadonlySet<string> = new Set([
  'body',
  'caption',
  'cell',
  'content',
  'header',
  'header-cell',
  'html-input',
  'html-select',
  'html-textarea',
  'invalid',
  'item',
  'item-key',
  'item-value',
  'legend',
  'link',
  'message',
  'numeric',
  'ok',
  'primary-action',
  'row',
  'secondary-action',
  'surface',
  'visible-on-focus',
  'warning',
]);

/**
 * Button modifiers the components could write but the portal never asks for: no `hint` (danger, warning, ready),
 * no subtle appearance, no `busy` or `pressed` (test/web/stylesheet.test.ts checks our sources).
 */
export const UNUSED_MODIFIERS: ReadonlySet<string> = new Set(
  ['button', 'button-link'].flatMap((block) =>
    ['danger', 'warning', 'ready', 'subtle', 'busy', 'pressed'].map((mod) => `${block}--${mod}`),
  ),
);

/**
 * The element and modifier names the Utrecht React components can write (every element and modifier in their
 * code), and the blocks whose modifier they compose at run time (`utrecht-form-label--${type}`): every name of
 * those is kept.
 */
function componentParts(): { parts: Set<string>; anyPart: Set<string> } {
  const scope = dirname(dirname(dirname(COMPONENTS)));
  const parts = new Set<string>();
  const anyPart = new Set<string>();
  for (const name of readdirSync(scope).filter((n) => n.endsWith('-react'))) {
    const dist = join(scope, name, 'dist');
    let files: string[];
    try {
      // Not css.mjs: the component's stylesheet as a string, every class of it.
      files = readdirSync(dist).filter((f) => f.endsWith('.mjs') && f !== 'css.mjs');
    } catch {
      continue;
    }
    for (const file of files) {
      const code = readFileSync(join(dist, file), 'utf8');
      for (const m of code.matchAll(/utrecht-([a-z0-9-]+)((?:(?:__|--)[a-z0-9-]+)+)/g))
        for (const part of m[2].split(/__|--/)) if (part) parts.add(part);
      for (const m of code.matchAll(/utrecht-([a-z0-9-]+?)(?:__[a-z0-9-]+)*--\$\{/g)) anyPart.add(m[1]);
    }
  }
  return { parts, anyPart };
}

/** The portal's stylesheet, in cascade order, pruned to the blocks and names above and the tokens they read. */
export function portalCss(): string {
  const { parts, anyPart } = componentParts();
  for (const part of PORTAL_PARTS) parts.add(part);
  return pruneStylesheet(
    SOURCES.map((source) => ({ css: readFileSync(source, 'utf8'), components: source === COMPONENTS })),
    { blocks: new Set(PORTAL_BLOCKS), parts, anyPart, unused: new Set(UNUSED_MODIFIERS) },
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
