import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/index.js';
import type { Db } from '../../src/store/database.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createMotion, getMotion } from '../../src/store/repositories/motions.js';
import { createUser } from '../../src/store/repositories/users.js';
import { browserSuite, signIn as logIn } from '../support/browser-suite.js';
import { expectNoAxeViolations } from './browser-session.js';
import { openE2ERegister, serveE2ERegister } from './server.js';

const PASSWORD = 'vergadering-wachtwoord-lang';
const PHONE = { width: 390, height: 844 };

// The assembly in the browser: the chair opens a vote, three members vote on phones (one without
// JavaScript), the console's count moves without a reload, the chair closes and publishes.
describe('the live assembly in Chromium', () => {
  let meetingId: string;
  let motionId: string;
  let secondMotionId: string;
  let orgId: string;
  let db: Db;

  const e2e = browserSuite(async () => {
    const register = await openE2ERegister('live');
    db = register.opened.db;
    orgId = register.organisation.id;
    const w = register.writer;
    // The assembly is held today: its result may be published the moment the vote closes.
    const today = new Date().toISOString().slice(0, 10);
    const meeting = await createMeeting(db, w, { kind: 'alv', title: 'ALV van vandaag', date: today });
    meetingId = meeting.id;
    const code = async (c: string) =>
      (await db.selectFrom('members').select('id').where('code', '=', c).executeTakeFirstOrThrow()).id;
    const members = {
      utrecht: await code('GM0344'),
      gouda: await code('GM0513'),
      amsterdam: await code('GM0363'),
    };
    motionId = (
      await createMotion(db, w, {
        number: '7',
        title: 'Motie Ruimte voor wonen',
        status: 'submitted',
        meetingId,
        submittedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
        submitters: [{ memberId: members.gouda, name: 'Gouda' }],
      })
    ).id;
    secondMotionId = (
      await createMotion(db, w, {
        number: '8',
        title: 'Motie Handtelling',
        status: 'submitted',
        meetingId,
        submittedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
        submitters: [{ memberId: members.utrecht, name: 'Utrecht' }],
      })
    ).id;
    await createMotion(db, w, {
      number: '9',
      title: 'Motie Contributie',
      status: 'submitted',
      meetingId,
      submittedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
      submitters: [{ memberId: members.gouda, name: 'Gouda' }],
    });
    const passwordHash = await hashPassword(PASSWORD);
    await createUser(db, w, {
      email: 'voorzitter@example.nl',
      name: 'Vera Voorzitter',
      role: 'chair',
      passwordHash,
    });
    for (const [name, memberId] of Object.entries(members))
      await createUser(db, w, {
        email: `griffie@${name}.example.nl`,
        name: `Griffier ${name}`,
        role: 'member',
        memberId,
        passwordHash,
      });
    return serveE2ERegister(register);
  });

  const signIn = async (
    email: string,
    path: string,
    options: { phone?: boolean; javaScriptEnabled?: boolean },
  ) => {
    const { page } = await logIn(e2e.browser, e2e.server.baseUrl, {
      email,
      password: PASSWORD,
      from: path,
      context: {
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        ...(options.phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {}),
      },
    });
    return page;
  };
  const progress = (page: Page) => page.locator('[data-live="progress"]');
  /** The text the element shows, waited for (the live texts change without a reload). */
  const shows = (locator: Locator, text: string | RegExp) =>
    expect
      .poll(async () => (await locator.first().textContent())?.trim() ?? '', { timeout: 15_000 })
      .toSatisfy((t: string) => (typeof text === 'string' ? t === text : text.test(t)));

  it('runs a vote from attendance to the published result', async () => {
    const consolePath = `/beheer/vergaderingen/${meetingId}/stemmen`;
    const ballotPath = `/vergaderingen/${meetingId}/stembiljet`;
    const chair = await signIn('voorzitter@example.nl', consolePath, {});
    await expectNoAxeViolations(chair);

    // Gouda is checked in at the door; Utrecht and Amsterdam sign in on their phones.
    await chair.getByLabel('Gemeente').selectOption({ label: 'Gouda' });
    await chair.getByLabel('Vertegenwoordiger').fill('Wethouder Gouda');
    await chair.getByRole('button', { name: 'Aanmelden bij de deur' }).click();
    await shows(chair.locator('[data-live="present"]'), /^1 van 342 leden aanwezig/);
    const members = [
      await signIn('griffie@utrecht.example.nl', ballotPath, { phone: true }),
      await signIn('griffie@gouda.example.nl', ballotPath, { phone: true }),
      await signIn('griffie@amsterdam.example.nl', ballotPath, { phone: true, javaScriptEnabled: false }),
    ];
    const [utrecht, gouda, amsterdam] = members;
    // Gouda's browser cannot keep the ballot channel open (refused on connecting): its ballot page falls back
    // to posting the form.
    await gouda.routeWebSocket(/\/api\/v1\/stemkanaal$/, (ws) => ws.close());
    for (const page of [utrecht, amsterdam]) {
      await page.getByLabel('Uw naam').fill('Griffier');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByText('U bent aangemeld als aanwezig.').waitFor();
    }
    await gouda.getByText('Aanwezig namens Gouda: Wethouder Gouda').waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(utrecht);

    // The chair opens the vote; the phones with JavaScript show the ballot without a reload by the user.
    await chair.reload();
    await chair
      .getByLabel('Stemming openen over een agendapunt')
      .selectOption({ label: '7. Motie Ruimte voor wonen' });
    await chair.getByRole('button', { name: 'Stemming openen' }).click();
    await shows(progress(chair), '0 van 3 aanwezige leden hebben gestemd');
    await chair.evaluate(() => {
      (globalThis as unknown as { stayed: boolean }).stayed = true;
    });
    await utrecht.getByRole('radio', { name: 'Voor' }).waitFor();
    await expectNoAxeViolations(utrecht);

    // With JavaScript the first ballot goes over the ballot channel: the page stays, the answer is shown.
    const ballotPage = utrecht.url();
    await utrecht.evaluate(() => {
      (globalThis as unknown as { stayed: boolean }).stayed = true;
    });
    await utrecht.getByRole('radio', { name: 'Voor' }).check();
    await utrecht.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await shows(utrecht.getByRole('status'), /Uw stem is ontvangen: voor/);
    await shows(progress(chair), '1 van 3 aanwezige leden heeft gestemd');
    expect(utrecht.url()).toBe(ballotPage);
    expect(await utrecht.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await utrecht.getByRole('button', { name: 'Stem wijzigen' }).waitFor();
    await expectNoAxeViolations(utrecht);

    // Without the channel the same button posts the form: the page is loaded again with the confirmation.
    await gouda.getByRole('radio', { name: 'Tegen' }).check();
    await gouda.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await gouda.waitForURL(/gestemd=against/);
    await shows(gouda.getByRole('status'), /Uw stem is ontvangen: tegen/);
    await shows(progress(chair), '2 van 3 aanwezige leden hebben gestemd');

    // Without JavaScript: load the page again, vote, and change the vote until the close.
    await amsterdam.goto(ballotPath);
    await amsterdam.getByRole('radio', { name: 'Tegen' }).check();
    await amsterdam.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await shows(amsterdam.getByRole('status'), /Uw stem is ontvangen: tegen/);
    await amsterdam.getByRole('radio', { name: 'Voor' }).check();
    await amsterdam.getByRole('button', { name: 'Stem wijzigen' }).click();
    await shows(amsterdam.getByRole('status'), /Uw stem is ontvangen: voor/);
    await shows(progress(chair), '3 van 3 aanwezige leden hebben gestemd');
    await shows(chair.locator('td[data-live="voted"]'), '3 leden, gewicht 29');
    expect(await chair.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(true);

    // Close: the domain counts Utrecht 12 + Amsterdam 12 for, Gouda 5 against (example bands).
    await chair.getByRole('button', { name: /^Sluiten:/ }).click();
    await chair.getByRole('cell', { name: 'aangenomen met 82,76%' }).waitFor({ timeout: 15_000 });
    await amsterdam.goto(ballotPath);
    expect(await amsterdam.getByRole('radio').count()).toBe(0);
    await chair.getByRole('button', { name: /^Uitslag publiceren:/ }).click();
    await chair.getByRole('cell', { name: 'gepubliceerd' }).waitFor({ timeout: 15_000 });
    expect((await getMotion(db, orgId, motionId))?.status).toBe('adopted');

    const screen = await (await e2e.browser.newContext({ baseURL: e2e.server.baseUrl })).newPage();
    await screen.goto(`/vergaderingen/${meetingId}/scherm`);
    await screen.getByText('Motie Ruimte voor wonen: aangenomen met 82,76%').waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(screen);
    await screen.goto(ballotPath);
    expect(screen.url()).toContain('/inloggen?terug=');
    await screen.context().close();

    // A member reaches its ballot from the meeting's page, never the chair's console.
    await gouda.goto(`/vergaderingen/${meetingId}`);
    await gouda.getByRole('link', { name: 'Naar het stembiljet' }).click();
    await gouda.waitForURL(`**${ballotPath}`);
    expect((await gouda.goto(consolePath))?.status()).toBe(403);
  });

  it('records a hand count from the console and shows the tally setting', async () => {
    const consolePath = `/beheer/vergaderingen/${meetingId}/stemmen`;
    const chair = await signIn('voorzitter@example.nl', consolePath, {});
    await chair.getByRole('button', { name: 'Tussenstand tonen tijdens de stemming' }).click();
    await chair.getByText('Het scherm toont de tussenstand terwijl een stemming open is.').waitFor();
    await chair
      .getByLabel('Stemming openen over een agendapunt')
      .selectOption({ label: '8. Motie Handtelling' });
    await chair.getByRole('button', { name: 'Stemming openen' }).click();
    await shows(chair.locator('[data-live="tally"]'), 'Tussenstand: voor 0, tegen 0, onthouding 0');
    await chair.getByRole('button', { name: 'Bij acclamatie aangenomen: 8. Motie Handtelling' }).waitFor();
    await expectNoAxeViolations(chair);
    // The hand count is its own section, set apart from the "Stemming openen" form as sections are (2rem).
    const byHand = chair.getByRole('region', { name: 'Uitslag met de hand: 8. Motie Handtelling' });
    await byHand.getByLabel('Gewicht voor').waitFor();
    const open = (await chair.getByRole('button', { name: 'Stemming openen' }).boundingBox())!;
    const heading = (await byHand.getByRole('heading', { level: 3 }).boundingBox())!;
    expect(heading.y - (open.y + open.height)).toBeGreaterThanOrEqual(24);
    await chair.getByLabel('Gewicht voor').fill('20');
    await chair.getByLabel('Gewicht tegen').fill('5');
    await chair.getByRole('button', { name: 'Getelde uitslag vastleggen' }).click();
    await chair.getByRole('cell', { name: 'aangenomen met 80,00%' }).waitFor({ timeout: 15_000 });
    await chair.getByRole('button', { name: /^Uitslag publiceren: 8\./ }).click();
    await chair.getByRole('button', { name: /^Uitslag publiceren: 8\./ }).waitFor({ state: 'detached' });
    expect((await getMotion(db, orgId, secondMotionId))?.status).toBe('adopted');
  });

  it('casts a ballot with alternatives on a phone, and the console shows the share per alternative', async () => {
    const consolePath = `/beheer/vergaderingen/${meetingId}/stemmen`;
    const ballotPath = `/vergaderingen/${meetingId}/stembiljet`;
    const chair = await signIn('voorzitter@example.nl', consolePath, {});
    await chair
      .getByLabel('Stemming openen over een agendapunt')
      .selectOption({ label: '9. Motie Contributie' });
    await chair.getByLabel('Alternatieven').fill('bestuursvoorstel (3,9%)\ngeamendeerd voorstel (2,9%)');
    await chair.getByRole('button', { name: 'Stemming openen' }).click();
    // The console after the form's round trip, with the vote open: only then is the page checked.
    await chair.getByRole('button', { name: /^Sluiten:/ }).waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(chair);
    const member = await signIn('griffie@amsterdam.example.nl', ballotPath, { phone: true });
    await member.getByRole('radio', { name: 'Geamendeerd voorstel (2,9%)' }).waitFor({ timeout: 15_000 });
    expect(await member.getByRole('radio').count()).toBe(4);
    await expectNoAxeViolations(member);
    await member.getByRole('radio', { name: 'Geamendeerd voorstel (2,9%)' }).check();
    await member.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await shows(member.getByRole('status'), /Uw stem is ontvangen: geamendeerd voorstel/);
    await shows(chair.locator('td[data-live="voted"]'), '1 lid, gewicht 12');
    await chair.getByRole('button', { name: /^Sluiten:/ }).click();
    await chair.getByText('aangenomen: geamendeerd voorstel (2,9%) met 100,00%').waitFor({ timeout: 15_000 });
    await chair.getByText(/geamendeerd voorstel \(2,9%\): gewicht 12 \(100,00%\), 1 lid/).waitFor();
    await expectNoAxeViolations(chair);
  });
});
