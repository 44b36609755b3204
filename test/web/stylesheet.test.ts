import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_BLOCKS, PORTAL_PARTS, portalCss, UNUSED_MODIFIERS } from '../../src/web/assets.js';
import { pruneStylesheet } from '../../src/web/css-prune.js';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

const require = createRequire(import.meta.url);
const blockOf = (cls: string) => cls.replace(/^utrecht-/, '').replace(/(__|--).*$/, '');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.(tsx?|css)$/.test(entry.name)
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

/** The classes of a component block that have rules in the pruned stylesheet. */
const styled = (css: string) => new Set([...css.matchAll(/\.(utrecht-[a-z0-9_-]+)/g)].map((m) => m[1]));

describe('the portal stylesheet, pruned to what the pages use', () => {
  let portal: PortalFixture;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => portal?.close());

  it('keeps the rules and tokens a kept rule reads, and drops unused components and tokens', () => {
    const css = pruneStylesheet(
      [
        {
          css: '.utrecht-button { color: var(--utrecht-button-color); }\n.utrecht-accordion { color: red; }\n@media (min-width: 1px) { .utrecht-accordion__x { color: blue; } .utrecht-button--x, .utrecht-drawer { gap: 0; } }',
          components: true,
        },
        {
          css: '.theme { --utrecht-button-color: var(--basis-a); --basis-a: var(--basis-b); --basis-b: #123; --lux-unused: 1px; color: black; }',
        },
      ],
      new Set(['button']),
      [],
    );
    expect(css).toContain('.utrecht-button{');
    expect(css).not.toContain('accordion');
    expect(css).toContain('.utrecht-button--x{gap: 0}');
    expect(css).not.toContain('drawer');
    expect(css).toContain('--basis-b: #123');
    expect(css).not.toContain('--lux-unused');
    expect(css).toContain('color: black');
  });

  it('drops selectors naming an element or modifier the markup never writes, and keeps the others of the list', () => {
    const css = pruneStylesheet(
      [
        {
          css: '.utrecht-button:hover,\n.utrecht-button--hover, .utrecht-button--danger { color: var(\n  --x,\n  red\n); }\n.utrecht-table__cell--numeric { text-align: end; }\n.utrecht-form-label--radio { gap: 0; }\n:is(.utrecht-button--hover, .utrecht-button) { gap: 1px; }',
          components: true,
        },
      ],
      {
        blocks: new Set(['button', 'table', 'form-label']),
        parts: new Set(['danger', 'cell', 'numeric']),
        anyPart: new Set(['form-label']),
        unused: new Set(['button--danger']),
      },
      [],
    );
    expect(css).toContain('.utrecht-button:hover{color: var(--x, red)}');
    expect(css).not.toContain('--hover,');
    expect(css).not.toContain('--danger');
    expect(css).toContain('.utrecht-table__cell--numeric{');
    expect(css).toContain('.utrecht-form-label--radio{');
    expect(css).not.toContain(':is(');
  });

  it('never asks a button for a modifier the stylesheet drops (no hint, subtle, busy or pressed)', () => {
    const text = sources(join(import.meta.dirname, '../../src/web')).join('\n');
    const buttons = [...text.matchAll(/<(?:Button|ButtonLink)\b[^>]*>/g)].map((m) => m[0]);
    expect(buttons.length).toBeGreaterThan(10);
    expect(buttons.filter((b) => /\b(hint|busy|pressed)\b|subtle/.test(b))).toEqual([]);
    const written = [...text.matchAll(/\butrecht-(button(?:-link)?--[a-z-]+)/g)].map((m) => m[1]);
    expect(written.filter((cls) => UNUSED_MODIFIERS.has(cls))).toEqual([]);
  });

  it('names every Utrecht block our pages and stylesheets write', () => {
    const written = new Set(
      sources(join(import.meta.dirname, '../../src/web')).flatMap((text) =>
        [...text.matchAll(/\butrecht-([a-z0-9]+(?:-[a-z0-9]+)*)(?=["'\s.:,{[)`]|__|--)/g)].map((m) =>
          blockOf(`utrecht-${m[1]}`),
        ),
      ),
    );
    const all = new Set(
      [
        ...readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8').matchAll(
          /\.utrecht-([a-z0-9_-]+)/g,
        ),
      ].map((m) => blockOf(m[1])),
    );
    const missing = [...written].filter((block) => all.has(block) && !PORTAL_BLOCKS.has(block));
    expect(missing).toEqual([]);
    const parts = sources(join(import.meta.dirname, '../../src/web')).flatMap((text) =>
      [...text.matchAll(/\butrecht-[a-z0-9-]+((?:(?:__|--)[a-z0-9-]+)+)/g)].flatMap((m) =>
        m[1].split(/__|--/).filter(Boolean),
      ),
    );
    expect(parts.filter((part) => !PORTAL_PARTS.has(part))).toEqual([]);
  });

  it('styles every Utrecht class the rendered pages use, public and staff, as the full stylesheet does', async () => {
    await addUser(portal.ctx, 'staff', 'bureau@example.nl');
    const staff = await signIn(portal.app, 'bureau@example.nl');
    const { ids } = portal;
    const pages = [
      '/',
      '/moties',
      '/moties?q=jeugdzorg',
      `/moties/${ids.motion}`,
      `/vergaderingen/${ids.meeting}`,
      `/ledenbrieven/${ids.letter}`,
      `/leden/${ids.member}`,
      '/afspraken',
      '/zoeken?q=jeugdzorg',
      '/inloggen',
      '/bestaat-niet',
    ];
    const publicPages = await Promise.all(pages.map((url) => portal.app.inject(url)));
    const staffPages = await Promise.all(
      [
        '/beheer',
        '/beheer/moties/nieuw',
        `/beheer/moties/${ids.motion}`,
        '/beheer/resoluties/nieuw',
        '/beheer/verantwoording',
        '/beheer/documenten/nieuw',
        '/beheer/peilingen/nieuw',
      ].map(staff.get),
    );
    expect(staffPages.map((r) => r.statusCode)).toEqual(staffPages.map(() => 200));
    const html = [...publicPages, ...staffPages].map((r) => r.body).join('\n');
    const used = new Set([...html.matchAll(/\butrecht-[a-z0-9_-]+/g)].map((m) => m[0]));
    expect(used.size).toBeGreaterThan(20);
    const kept = styled(portalCss());
    const full = styled(
      readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8'),
    );
    const lost = [...used].filter((cls) => full.has(cls) && !kept.has(cls));
    expect(lost).toEqual([]);
  });
});
