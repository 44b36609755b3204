/**
 * Screenshots of the demo council (Gemeenteraad Rivierstad, /o/rivierstad/) as `npm start` loads it: its home
 * page, its commitments overview, the commitments report of a meeting and the factions. `npm run screenshots:raad`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInstallation } from '../src/installation.js';
import { seedDemoCouncil } from '../src/seed/demo-council/seed-demo-council.js';
import { ensureOrganisation } from '../src/services/default-organisation.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { launchChromium } from '../test/support/browser.js';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-raad-'));
const opened = await openDatabase(`sqlite:${join(dir, 'demo.db')}`);
await migrateToLatest(opened.db);
const organisation = await ensureOrganisation(opened.db);
const council = await seedDemoCouncil(opened.db);
const installation = await buildInstallation({ ctx: { db: opened.db, engine: opened.engine, organisation } });
const address = await installation.listen(0, '127.0.0.1');
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    baseURL: address,
    viewport: { width: 1280, height: 1000 },
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  for (const [path, name] of [
    [`/o/${council.slug}/`, 'raad-home.png'],
    [`/o/${council.slug}/afspraken`, 'raad-toezeggingen.png'],
    [`/o/${council.slug}/toezeggingenlijsten`, 'raad-toezeggingenlijst.png'],
    [`/o/${council.slug}/fracties`, 'raad-fracties.png'],
  ] as const) {
    const response = await page.goto(path);
    if (response?.status() !== 200) throw new Error(`${path} gaf ${response?.status()}`);
    await page.screenshot({ path: join(OUT, name), fullPage: true });
  }
  await context.close();
  console.log(`Schermafdrukken geschreven naar ${OUT}`);
} finally {
  await browser.close();
  await installation.close();
  await opened.close();
}
