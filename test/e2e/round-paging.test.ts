import { describe, expect, it } from 'vitest';
import { openAccountabilityRound } from '../../src/services/accountability/open-accountability-round.js';
import { checkRoundCompleteness } from '../../src/services/accountability/round-completeness.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { bulkInsertMotions } from '../../src/store/bulk.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { ENTRIES_PER_PAGE } from '../../src/web/pages/staff/RoundWorkspacePage.js';
import { browserSuite, tabTo } from '../support/browser-suite.js';
import { expectNoAxeViolations, signInAs } from './browser-session.js';
import { startE2EServer, USERS } from './server.js';

const e2e = browserSuite(() => startE2EServer());

/** `count` adopted motions of an earlier assembly, in one bulk insert. */
async function adoptedMotions(meetingId: string, prefix: string, count: number): Promise<void> {
  const w = { organisationId: e2e.server.ctx.organisation.id, actor: SYSTEM_ACTOR };
  await bulkInsertMotions(
    e2e.server.ctx.db,
    w,
    Array.from({ length: count }, (_, i) => ({
      number: `${prefix}-${i + 1}`,
      title: `${prefix} motie ${i + 1} over de uitvoering`,
      topic: 'Wonen',
      status: 'adopted' as const,
      meetingId,
      submitters: [{ name: 'Utrecht' }],
    })),
  );
}

const entryCount = async (roundId: string) =>
  Number(
    (
      await e2e.server.ctx.db
        .selectFrom('accountability_entries')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('round_id', '=', roundId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('round workspace with many motions', () => {
  it('pages the entries and the missing motions, by keyboard and without JavaScript, and adds all missing', async () => {
    const w = { organisationId: e2e.server.ctx.organisation.id, actor: SYSTEM_ACTOR };
    const earlier = await createMeeting(e2e.server.ctx.db, w, {
      kind: 'alv',
      title: 'ALV maart 2026',
      date: '2026-03-04',
    });
    const meeting = await createMeeting(e2e.server.ctx.db, w, {
      kind: 'extra-alv',
      title: 'Extra ALV februari 2027',
      date: '2027-02-03',
    });
    await adoptedMotions(earlier.id, 'Eerste', 120);
    const round = await openAccountabilityRound({ db: e2e.server.ctx.db, writer: w, meetingId: meeting.id });
    const total = await entryCount(round.id);
    expect(total).toBeGreaterThan(120);
    // Adopted after the round was opened: missing from it.
    await adoptedMotions(earlier.id, 'Later', 60);
    const path = `/beheer/verantwoording/${round.id}`;
    const per = ENTRIES_PER_PAGE;
    const pages = Math.ceil(total / per);

    const { context, page } = await signInAs(e2e, USERS.staff, {
      javaScriptEnabled: false,
    });
    await page.goto(path);
    expect(await page.locator('article.mm-workspace-entry').count()).toBe(per);
    await page.getByText(`Motie 1 tot en met ${per} van ${total}, pagina 1 van ${pages}.`).waitFor();
    await page.getByText('60 open moties staan niet in deze ronde').waitFor();
    await page.getByText('Hieronder staan de eerste 50, in de volgorde van het register').waitFor();
    expect(await page.locator('ul.mm-missing > li').count()).toBe(50);
    // The same motions, in the same order, as the completeness check of the API and of "Alle … toevoegen".
    const links = await page.locator('ul.mm-missing > li > a').all();
    const listed = await Promise.all(
      links.map(async (a) =>
        String(await a.getAttribute('href'))
          .split('/')
          .pop(),
      ),
    );
    const { missing } = await checkRoundCompleteness({
      db: e2e.server.ctx.db,
      organisationId: e2e.server.ctx.organisation.id,
      roundId: round.id,
    });
    expect(missing).toHaveLength(60);
    expect(listed).toEqual(missing.slice(0, 50).map((motion) => motion.id));

    // To the second page with the keyboard: the pagination's "Volgende" link.
    await tabTo(page, 'nav.mm-pagination a[rel=next]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${path}?pagina=2#moties-kop`);
    await page
      .getByText(`Motie ${per + 1} tot en met ${2 * per} van ${total}, pagina 2 van ${pages}.`)
      .waitFor();
    await expectNoAxeViolationsWithScript(`${path}?pagina=2`);
    // Writing an entry on page 2 comes back to page 2, saved.
    await tabTo(page, `#punt-${per + 1}-text`);
    await page.keyboard.type('Het bestuur heeft de motie uitgevoerd in het overleg met het Rijk.');
    await tabTo(page, `#punt-${per + 1}-proposal-hold`);
    await page.keyboard.press('Space');
    await tabTo(page, `#punt-${per + 1} button[type=submit]`);
    await page.keyboard.press('Enter');
    await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    expect(new URL(page.url()).searchParams.get('pagina')).toBe('2');
    expect(await page.locator(`#punt-${per + 1}-text`).inputValue()).toContain('overleg met het Rijk');
    await page.getByText(`1 met verantwoording en voorstel`, { exact: false }).waitFor();

    // A page past the end shows the last page; the last page holds the rest.
    await page.goto(`${path}?pagina=999`);
    expect(await page.locator('article.mm-workspace-entry').count()).toBe(total - (pages - 1) * per);

    // "Alle 60 toevoegen" adds every missing motion, also those not listed.
    await page.goto(path);
    await page.getByRole('button', { name: 'Alle 60 toevoegen' }).click();
    await page.getByText('De motie staat nu in deze ronde.').waitFor();
    expect(await entryCount(round.id)).toBe(total + 60);
    await page.getByText('Alle open moties staan in deze ronde.').waitFor();
    await page.getByText(`Motie 1 tot en met ${per} van ${total + 60}`).waitFor();
    await context.close();
  }, 240_000);
});

/** axe needs scripts: the same page in a signed-in context with JavaScript on. */
async function expectNoAxeViolationsWithScript(path: string): Promise<void> {
  const { context, page } = await signInAs(e2e, USERS.staff);
  await page.goto(path);
  await expectNoAxeViolations(page);
  await context.close();
}
