import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_BLOCKS, portalCss } from '../../src/web/assets.js';
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
    expect(css).toContain('.utrecht-button {');
    expect(css).not.toContain('accordion');
    expect(css).toContain('.utrecht-button--x, .utrecht-drawer');
    expect(css).toContain('--basis-b: #123');
    expect(css).not.toContain('--lux-unused');
    expect(css).toContain('color: black');
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
