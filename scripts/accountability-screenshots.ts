/**
 * Screenshots of the accountability cycle on the demo data as `npm start` loads it: the workspace of the coming
 * round with its completeness check, and the first two pages of its report as PDF (rendered with pdftoppm,
 * from Debian's poppler-utils). `npm run screenshots:verantwoording`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDemoDocuments } from '../src/seed/demo/demo-documents.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/seed/demo/demo-users.js';
import { seedDemo } from '../src/seed/demo/seed-demo.js';
import { seedMunicipalities } from '../src/seed/municipalities.js';
import { buildServer } from '../src/server.js';
import { ensureOrganisation } from '../src/services/default-organisation.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { launchChromium } from '../test/support/browser.js';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-shots-'));
process.env.DOCUMENTS_DIR = join(dir, 'documents');
const opened = await openDatabase(`sqlite:${join(dir, 'demo.db')}`);
await migrateToLatest(opened.db);
const organisation = await ensureOrganisation(opened.db);
await seedMunicipalities(opened.db, { organisationId: organisation.id, actor: SYSTEM_ACTOR });
await seedDemo(opened.db, organisation);
await importDemoDocuments(opened.db, organisation);
await seedDemoUsers(opened.db, organisation);
const app = await buildServer({ ctx: { db: opened.db, engine: opened.engine, organisation } });
const address = await app.listen({ host: '127.0.0.1', port: 0 });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ baseURL: address, viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('bureau@demo.motiemonitor.nl');
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL('**/beheer');
  await page.goto('/beheer/verantwoording');
  await page
    .getByRole('link', { name: /Verantwoording over uitvoering moties/ })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Volledigheid' }).waitFor();
  await page.screenshot({ path: join(OUT, 'verantwoording-volledigheid.png'), fullPage: false });
  const pdf = await page.request.get(`${page.url().replace(/[?#].*$/, '')}/rapport.pdf`);
  const file = join(dir, 'rapport.pdf');
  writeFileSync(file, await pdf.body());
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', file, join(dir, 'pagina')]);
  for (const [n, name] of [
    [1, 'verantwoording-p1.png'],
    [2, 'verantwoording-p2.png'],
  ] as const)
    writeFileSync(join(OUT, name), readFileSync(join(dir, `pagina-${n}.png`)));
  await context.close();
  console.log(`Schermafdrukken geschreven naar ${OUT}`);
} finally {
  await browser.close();
  await app.close();
  await opened.close();
}
