import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSOCIATION_ONLY_WORDS } from '../../src/domain/vocabulary/index.js';
import { seedDemoCouncil } from '../../src/seed/demo-council/seed-demo-council.js';
import { buildServer } from '../../src/server.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import type { Db } from '../../src/store/database.js';
import { findOrganisationBySlug } from '../../src/store/repositories/organisations.js';
import { expectNoAxeViolations } from '../e2e/browser-session.js';
import { launchChromium } from '../support/browser.js';
import { openTestDatabase } from '../support/engines.js';

/**
 * Every page type of a council's public portal, in Chromium: axe clean (WCAG 2.2 AA) and no association word in
 * what a visitor reads. The demo council Rivierstad, served as its own organisation.
 */
describe('a council portal in the browser', () => {
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;
  let db: Db;
  let councilId = '';

  beforeAll(async () => {
    const opened = await openTestDatabase('sqlite');
    cleanup = opened.cleanup;
    db = opened.db;
    await ensureOrganisation(db, 'vng');
    await seedDemoCouncil(db);
    const council = (await findOrganisationBySlug(db, 'rivierstad'))!;
    councilId = council.id;
    app = await buildServer({ ctx: { db, engine: opened.engine, organisation: council } });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  const firstId = async (table: 'motions' | 'agreements' | 'meetings') =>
    (
      await db
        .selectFrom(table)
        .select('id')
        .where('organisation_id', '=', councilId)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;

  it('is axe clean on every page type and speaks the council’s words only', async () => {
    const pages = [
      '/',
      '/moties',
      `/moties/${await firstId('motions')}`,
      '/afspraken',
      `/afspraken/${await firstId('agreements')}`,
      '/vergaderingen',
      `/vergaderingen/${await firstId('meetings')}`,
      '/fracties',
      '/zoeken?q=motie',
      '/toegankelijkheid',
    ];
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ baseURL: base })).newPage();
      for (const path of pages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expectNoAxeViolations(page);
        const visible = await page.locator('body').innerText();
        for (const word of ASSOCIATION_ONLY_WORDS)
          expect(visible, `${path} uses “${word}”`).not.toMatch(
            new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'),
          );
      }
    } finally {
      await browser.close();
    }
  }, 180_000);
});
