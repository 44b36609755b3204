/**
 * Screenshots of the live assembly in docs/screenshots/ (the chair's console during a vote, a member's ballot on
 * a phone, the public screen after publication; then a ballot with alternatives and its result on the console), from a real server on a fresh SQLite file in real Chromium:
 * `node --import tsx scripts/assembly-screenshots.ts`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { hashPassword } from '../src/auth/index.js';
import { seedMunicipalities } from '../src/seed/municipalities.js';
import { buildServer } from '../src/server.js';
import { ensureOrganisation } from '../src/services/default-organisation.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { createMeeting } from '../src/store/repositories/meetings.js';
import { createMotion } from '../src/store/repositories/motions.js';
import { createUser } from '../src/store/repositories/users.js';
import { launchChromium } from '../test/support/browser.js';
import { freePort } from '../test/support/postgres-cluster.js';

const OUT = new URL('../docs/screenshots/', import.meta.url);
const PASSWORD = 'schermafbeelding-wachtwoord';
const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-shots-'));
const opened = await openDatabase(`sqlite:${join(dir, 'shots.db')}`);
await migrateToLatest(opened.db);
const organisation = await ensureOrganisation(opened.db);
const w = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
await seedMunicipalities(opened.db, w);
const meeting = await createMeeting(opened.db, w, {
  kind: 'alv',
  // The assembly is held today: a result may only be published for a meeting that has taken place.
  title: 'ALV van vandaag',
  date: new Date().toISOString().slice(0, 10),
});
const code = async (c: string) =>
  (await opened.db.selectFrom('members').select('id').where('code', '=', c).executeTakeFirstOrThrow()).id;
const members = {
  utrecht: await code('GM0344'),
  gouda: await code('GM0513'),
  amsterdam: await code('GM0363'),
};
await createMotion(opened.db, w, {
  number: '7',
  title: 'Motie Ruimte voor wonen',
  status: 'submitted',
  meetingId: meeting.id,
  submitters: [{ memberId: members.gouda, name: 'Gouda' }],
});
await createMotion(opened.db, w, {
  number: '9',
  title: 'Motie Contributie',
  status: 'submitted',
  meetingId: meeting.id,
  submitters: [{ memberId: members.utrecht, name: 'Utrecht' }],
});
const passwordHash = await hashPassword(PASSWORD);
await createUser(opened.db, w, {
  email: 'voorzitter@example.nl',
  name: 'Vera Voorzitter',
  role: 'chair',
  passwordHash,
});
for (const [name, memberId] of Object.entries(members))
  await createUser(opened.db, w, {
    email: `griffie@${name}.example.nl`,
    name: `Griffier ${name}`,
    role: 'member',
    memberId,
    passwordHash,
  });
const app = await buildServer({ ctx: { db: opened.db, engine: opened.engine, organisation } });
const port = await freePort();
await app.listen({ host: '127.0.0.1', port });
const baseUrl = `http://127.0.0.1:${port}`;
const browser: Browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(`${name}.png`, OUT).pathname, fullPage: true });
const signIn = async (email: string, path: string, phone: boolean) => {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`**${path}`);
  return page;
};
try {
  const consolePath = `/beheer/vergaderingen/${meeting.id}/stemmen`;
  const ballotPath = `/vergaderingen/${meeting.id}/stembiljet`;
  const chair = await signIn('voorzitter@example.nl', consolePath, false);
  const phones: Page[] = [];
  for (const name of ['utrecht', 'gouda', 'amsterdam']) {
    const page = await signIn(`griffie@${name}.example.nl`, ballotPath, true);
    await page.getByLabel('Uw naam').fill(`Griffier ${name}`);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('U bent aangemeld als aanwezig.').waitFor();
    phones.push(page);
  }
  await chair.reload();
  await chair
    .getByLabel('Stemming openen over een agendapunt')
    .selectOption({ label: '7. Motie Ruimte voor wonen' });
  await chair.getByRole('button', { name: 'Stemming openen' }).click();
  for (const [page, choice] of [
    [phones[0], 'Voor'],
    [phones[1], 'Tegen'],
  ] as const) {
    await page.goto(ballotPath);
    await page.getByRole('radio', { name: choice }).check();
    await page.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await page.getByText('Uw stem is ontvangen').waitFor();
  }
  await chair.getByText('2 van 3 aanwezige leden hebben gestemd').waitFor();
  await shot(chair, 'assembly-console');
  await shot(phones[0], 'assembly-ballot');
  await chair.getByRole('button', { name: /^Sluiten:/ }).click();
  await chair.getByRole('button', { name: /^Uitslag publiceren:/ }).click();
  const screen = await (
    await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 720 } })
  ).newPage();
  await screen.goto(`/vergaderingen/${meeting.id}/scherm`);
  await shot(screen, 'assembly-screen');

  // A ballot with alternatives, as the association voted on its contribution: two proposals, tegen, onthouding.
  await chair.goto(consolePath);
  await chair
    .getByLabel('Stemming openen over een agendapunt')
    .selectOption({ label: '9. Motie Contributie' });
  await chair.getByLabel('Alternatieven').fill('bestuursvoorstel (3,9%)\ngeamendeerd voorstel (2,9%)');
  await chair.getByRole('button', { name: 'Stemming openen' }).click();
  for (const [page, choice] of [
    [phones[0], 'Bestuursvoorstel (3,9%)'],
    [phones[1], 'Geamendeerd voorstel (2,9%)'],
    [phones[2], 'Geamendeerd voorstel (2,9%)'],
  ] as const) {
    await page.goto(ballotPath);
    await page.getByRole('radio', { name: choice }).check();
    if (page === phones[2]) await shot(page, 'assembly-ballot-alternatives');
    await page.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await page.getByText('Uw stem is ontvangen').waitFor();
  }
  await chair.getByText('3 van 3 aanwezige leden hebben gestemd').waitFor();
  await chair.getByRole('button', { name: /^Sluiten:/ }).click();
  await chair
    .getByText(/geamendeerd voorstel \(2,9%\): gewicht/)
    .first()
    .waitFor();
  await shot(chair, 'assembly-console-alternatives');
} finally {
  await browser.close();
  await app.close();
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
