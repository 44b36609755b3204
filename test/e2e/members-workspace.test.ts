import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/index.js';
import { openRemoteVote } from '../../src/services/remote-votes/remote-vote.js';
import { fixedClock } from '../../src/store/clock.js';
import type { Db } from '../../src/store/database.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createMotion, getMotion } from '../../src/store/repositories/motions.js';
import { createUser } from '../../src/store/repositories/users.js';
import { browserSuite, signIn as logIn } from '../support/browser-suite.js';
import { expectNoAxeViolations } from './browser-session.js';
import { openE2ERegister, serveE2ERegister } from './server.js';

const PASSWORD = 'werkruimte-wachtwoord-lang';

// The members' workspace in Chromium on 1 December 2026: Gouda drafts a motion for the assembly of
// 17 December (due 4 December), invites Krimpenerwaard, submits; Krimpenerwaard confirms from its own workspace
// and follows the motion; Gouda withdraws it; a motion for the assembly of 8 December is refused (due
// 25 November); everyone logs out. axe on every page of the workspace.
describe("the members' workspace in Chromium", () => {
  let orgId: string;
  let lateMotionId: string;
  let remoteVoteId: string;
  let db: Db;

  const e2e = browserSuite(async () => {
    const register = await openE2ERegister('werkruimte');
    db = register.opened.db;
    orgId = register.organisation.id;
    const w = register.writer;
    const assembly = await createMeeting(db, w, {
      kind: 'alv',
      title: 'ALV 17 december',
      date: '2026-12-17',
    });
    remoteVoteId = (
      await openRemoteVote({
        db,
        writer: w,
        subject: 'Ledenraadpleging Cao gemeenten',
        opensOn: '2026-11-25',
        closesOn: '2026-12-05',
        ratificationMeetingId: assembly.id,
        at: '2026-11-25T08:00:00.000Z',
      })
    ).vote.id;
    const early = await createMeeting(db, w, {
      kind: 'extra-alv',
      title: 'Extra ALV 8 december',
      date: '2026-12-08',
    });
    const code = async (c: string) =>
      (await db.selectFrom('members').select('id').where('code', '=', c).executeTakeFirstOrThrow()).id;
    const gouda = await code('GM0513');
    const krimpen = await code('GM1931');
    lateMotionId = (
      await createMotion(db, w, {
        title: 'Motie Te laat',
        status: 'draft',
        meetingId: early.id,
        submitters: [{ memberId: gouda, name: 'Gouda' }],
      })
    ).id;
    const passwordHash = await hashPassword(PASSWORD);
    await createUser(db, w, {
      email: 'griffie@gouda.example.nl',
      name: 'Griffier Gouda',
      role: 'member',
      memberId: gouda,
      passwordHash,
    });
    await createUser(db, w, {
      email: 'griffie@krimpenerwaard.example.nl',
      name: 'Griffier Krimpenerwaard',
      role: 'member',
      memberId: krimpen,
      passwordHash,
    });
    await createUser(db, w, { email: 'bureau@example.nl', name: 'Bureau', role: 'staff', passwordHash });
    return serveE2ERegister(register, fixedClock('2026-12-01T09:00:00.000Z'));
  });

  const signIn = async (email: string, lands: string): Promise<Page> =>
    (await logIn(e2e.browser, e2e.server.baseUrl, { email, password: PASSWORD, lands })).page;
  const logOut = async (page: Page) => {
    await page.getByRole('link', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/uitloggen');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
  };

  it('drafts, invites, submits, confirms, follows, withdraws, refuses a late motion and logs out', async () => {
    const gouda = await signIn('griffie@gouda.example.nl', '/mijn/gemeente');
    await gouda.getByRole('heading', { name: 'Mijn gemeente: Gouda' }).waitFor();
    await expectNoAxeViolations(gouda);

    // A new motion: the assembly's deadline is on the form; an assembly past its deadline is not offered.
    await gouda.getByRole('link', { name: 'Nieuwe motie' }).click();
    const meeting = gouda.getByLabel('Vergadering');
    const offered = await meeting.locator('option').allTextContents();
    expect(offered).toContain('ALV 17 december (17 december 2026), indienen tot en met 4 december 2026');
    expect(offered.some((o) => o.includes('Extra ALV 8 december'))).toBe(false);
    await expectNoAxeViolations(gouda);
    // Submitting without a title or call keeps what was typed and says what is missing.
    await meeting.selectOption({
      label: 'ALV 17 december (17 december 2026), indienen tot en met 4 december 2026',
    });
    await gouda.getByRole('button', { name: 'Motie indienen' }).click();
    await gouda.getByRole('alert').getByText('Vul de titel in.').waitFor();
    await expectNoAxeViolations(gouda);
    await gouda.getByLabel('Titel').fill('Motie Samen sterker in de jeugdzorg');
    await gouda.getByLabel(/^Oproep/).fill('verzoekt het bestuur om met het Rijk de tekorten op te lossen');
    await gouda.getByRole('button', { name: 'Opslaan als concept' }).click();
    await gouda.getByText('De motie is als concept opgeslagen.', { exact: false }).waitFor();
    const motionUrl = gouda.url().split('?')[0];
    const motionId = motionUrl.split('/').at(-1) as string;
    await gouda.getByText('4 december 2026').first().waitFor();
    await expectNoAxeViolations(gouda);

    // Invite Krimpenerwaard: it is not a submitter until it confirms.
    await gouda.getByLabel('Gemeente').selectOption({ label: 'Krimpenerwaard' });
    await gouda.getByRole('button', { name: 'Uitnodigen' }).click();
    await gouda.getByText('Krimpenerwaard: wacht op bevestiging').waitFor();
    expect((await getMotion(db, orgId, motionId))?.submitters.map((s) => s.name)).toEqual(['Gouda']);
    await gouda.getByRole('button', { name: 'Motie indienen' }).click();
    await gouda.getByText('De motie is ingediend.').waitFor();
    expect((await getMotion(db, orgId, motionId))?.status).toBe('submitted');

    // Krimpenerwaard confirms from its own workspace, then follows the motion.
    const krimpen = await signIn('griffie@krimpenerwaard.example.nl', '/mijn/gemeente');
    await krimpen.getByRole('link', { name: 'Motie Samen sterker in de jeugdzorg' }).click();
    await krimpen.getByText('Gouda nodigt Krimpenerwaard uit', { exact: false }).waitFor();
    await expectNoAxeViolations(krimpen);
    await krimpen.getByRole('button', { name: 'Bevestigen: mede-indienen' }).click();
    await krimpen.getByText('Uw gemeente is nu mede-indiener van de motie.').waitFor();
    expect((await getMotion(db, orgId, motionId))?.submitters.map((s) => s.name)).toEqual([
      'Gouda',
      'Krimpenerwaard',
    ]);
    // A co-submitter does not withdraw or invite: that is the first submitter's.
    expect(await krimpen.getByRole('button', { name: 'Motie intrekken' }).count()).toBe(0);
    await krimpen.getByRole('button', { name: 'Deze motie volgen' }).click();
    await krimpen.getByText('U volgt deze motie.').first().waitFor();
    await krimpen.goto('/mijn/gemeente');
    await krimpen
      .getByRole('region', { name: 'Moties die u volgt' })
      .getByRole('link', { name: 'Motie Samen sterker in de jeugdzorg' })
      .waitFor();
    await expectNoAxeViolations(krimpen);

    // Gouda withdraws the motion before the vote.
    await gouda.goto(motionUrl);
    await gouda.getByLabel(/^Reden/).fill('Opgenomen in de resolutie');
    await gouda.getByRole('button', { name: 'Motie intrekken' }).click();
    await gouda.getByText('De motie is ingetrokken.').waitFor();
    expect((await getMotion(db, orgId, motionId))?.status).toBe('withdrawn');

    // After the deadline: a clear Dutch error, and the concept stays a concept.
    await gouda.goto(`/mijn/moties/${lateMotionId}`);
    await gouda.getByRole('button', { name: 'Motie indienen' }).click();
    await gouda
      .getByRole('alert')
      .getByText(
        'De indientermijn voor Extra ALV 8 december is verstreken: moties en amendementen konden tot en met 25 november 2026 worden ingediend',
        { exact: false },
      )
      .waitFor();
    await expectNoAxeViolations(gouda);
    expect((await getMotion(db, orgId, lateMotionId))?.status).toBe('draft');

    // Another municipality cannot open Gouda's concept, nor its invitation.
    expect((await krimpen.goto(`/mijn/moties/${lateMotionId}`))?.status()).toBe(404);

    // A ledenraadpleging: the ballot in the workspace, the response shown as it comes in.
    await gouda.goto('/mijn/gemeente');
    await gouda.getByRole('link', { name: 'Ledenraadpleging Cao gemeenten' }).click();
    await gouda.getByText('0 van 342 gemeenten hebben gestemd').waitFor();
    await expectNoAxeViolations(gouda);
    await gouda.getByRole('radio', { name: 'Voor' }).check();
    await gouda.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await gouda.getByText('Uw stem is ontvangen.').waitFor();
    await gouda.getByText('1 van 342 gemeenten heeft gestemd').waitFor();
    expect(await gouda.getByRole('button', { name: 'Stem uitbrengen' }).count()).toBe(0);
    await krimpen.goto(`/raadplegingen/${remoteVoteId}`);
    await krimpen.getByText('1 van 342 gemeenten heeft gestemd').waitFor();
    await krimpen.getByRole('link', { name: 'ALV 17 december' }).waitFor();
    await expectNoAxeViolations(krimpen);

    // Every role logs out.
    await logOut(gouda);
    await logOut(krimpen);
    await gouda.goto('/mijn/gemeente');
    expect(gouda.url()).toContain('/inloggen?terug=');
    const staff = await signIn('bureau@example.nl', '/beheer');
    expect((await staff.goto('/mijn/gemeente'))?.status()).toBe(403);
    await logOut(staff);
  });
});
