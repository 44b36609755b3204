import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { seedDemoCouncil } from '../../src/seed/demo-council/seed-demo-council.js';
import { buildServer } from '../../src/server.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import {
  listCommitmentEntries,
  listCommitmentRounds,
} from '../../src/store/repositories/commitment-rounds.js';
import { findOrganisationBySlug } from '../../src/store/repositories/organisations.js';
import { expectNoAxeViolations } from '../e2e/browser-session.js';
import { launchChromium } from '../support/browser.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { addUser, PASSWORD, signIn } from '../web/fixtures.js';

const HOME = '/beheer/toezeggingenlijsten';

/** The griffie's forms for a council's commitments round (issue 16, point 4), through the app. */
describe.each(ENGINES)('the griffie runs a commitments round through the staff forms, on %s', (engine) => {
  let cleanup: () => Promise<void>;
  let ctx: AppContext;
  let app: FastifyInstance;
  let association: FastifyInstance;
  let meetingId = '';
  let roundId = '';

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    cleanup = opened.cleanup;
    const vng = await ensureOrganisation(opened.db, 'vng');
    await seedDemoCouncil(opened.db);
    const council = (await findOrganisationBySlug(opened.db, 'rivierstad'))!;
    ctx = { db: opened.db, engine: opened.engine, organisation: council };
    app = await buildServer({ ctx });
    association = await buildServer({ ctx: { ...ctx, organisation: vng } });
    const last = await opened.db
      .selectFrom('meetings')
      .select(['id'])
      .where('organisation_id', '=', council.id)
      .orderBy('date', 'desc')
      .executeTakeFirstOrThrow();
    meetingId = last.id;
    await addUser(ctx, 'staff', 'griffie@rivierstad.example');
    await addUser({ ...ctx, organisation: vng }, 'staff', 'bureau@vng.example');
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await association?.close();
    await cleanup?.();
  });

  const entries = () => listCommitmentEntries(ctx.db, ctx.organisation.id, roundId);
  const auditCount = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organisation_id', '=', ctx.organisation.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("marks only the open commitments past their due date as over de termijn, on the meeting's date", async () => {
    // The seeded round, before this file's round settles anything: the council settled commitments that were
    // past their due date at the meeting and kept one that is.
    const round = (await listCommitmentRounds(ctx.db, ctx.organisation.id)).find(
      (r) => r.status === 'decided',
    )!;
    const report = (await app.inject({ method: 'GET', url: `/toezeggingenlijsten/${round.id}` })).body;
    const rows = await listCommitmentEntries(ctx.db, ctx.organisation.id, round.id);
    const pastDue = (e: (typeof rows)[number]) => e.dueDate !== null && e.dueDate < round.meetingDate;
    const settledLate = rows.filter((e) => e.status === 'fulfilled' && pastDue(e));
    const overdue = rows.filter((e) => e.status === 'open' && pastDue(e));
    expect(settledLate.length).toBeGreaterThan(0);
    expect(overdue.length).toBeGreaterThan(0);
    expect(report).toContain(`${rows.length} toezeggingen, waarvan ${overdue.length} over de termijn op`);
    const cells = [...report.matchAll(/<tr><td>(\d+)<\/td>([\s\S]*?)<\/tr>/g)].map((m) => ({
      position: Number(m[1]),
      overdue: m[2]!.includes('(over de termijn)'),
    }));
    expect(cells).toHaveLength(rows.length);
    for (const e of rows)
      expect(cells.find((c) => c.position === e.position)!.overdue).toBe(overdue.includes(e));
  });

  it('opens the list for a meeting, refusing a meeting that is not chosen', async () => {
    const griffie = await signIn(app, 'griffie@rivierstad.example');
    expect((await griffie.get('/beheer')).body).toContain(`href="${HOME}"`);
    const list = await griffie.get(HOME);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Toezeggingenlijst openen');
    const before = (await listCommitmentRounds(ctx.db, ctx.organisation.id)).length;
    const bad = await griffie.post(HOME, HOME, { meetingId: 'onzin' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies de vergadering.');
    expect(await listCommitmentRounds(ctx.db, ctx.organisation.id)).toHaveLength(before);

    const opened = await griffie.post(HOME, HOME, { meetingId });
    expect(opened.statusCode).toBe(303);
    const location = String(opened.headers.location);
    expect(location).toMatch(
      /^\/beheer\/toezeggingenlijsten\/[0-9a-f-]{36}\?melding=toezeggingenlijst-geopend$/,
    );
    roundId = /toezeggingenlijsten\/([0-9a-f-]{36})/.exec(location)![1]!;
    const page = await griffie.get(location);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('De toezeggingenlijst is geopend.');
    expect(page.body).toContain(`href="/toezeggingenlijsten/${roundId}"`);
    const rows = await entries();
    expect(rows.length).toBeGreaterThan(2);
    expect(page.body).toContain(`Nog zonder voorstel: <strong>${rows.length}</strong>`);
  });

  it('saves one row, refuses a bad value without changing anything, then saves all rows at once', async () => {
    const griffie = await signIn(app, 'griffie@rivierstad.example');
    const page = `${HOME}/${roundId}`;
    const [first, second, ...rest] = await entries();
    const one = await griffie.post(page, `${page}/voorstellen`, {
      regel: first!.id,
      [`voorstel-${first!.id}`]: 'afdoen',
      [`toelichting-${first!.id}`]: 'De notitie is op 3 maart aan de raad gestuurd.',
      [`voorstel-${second!.id}`]: 'aanhouden',
    });
    expect(one.statusCode).toBe(303);
    expect(one.headers.location).toBe(`${page}?melding=voorstellen-opgeslagen`);
    let now = await entries();
    expect(now[0]).toMatchObject({
      proposal: 'settle',
      explanation: 'De notitie is op 3 maart aan de raad gestuurd.',
    });
    // Only the row whose button was pressed.
    expect(now[1]!.proposal).toBeNull();

    const audits = await auditCount();
    const bad = await griffie.post(page, `${page}/voorstellen`, {
      [`voorstel-${first!.id}`]: 'aanhouden',
      [`voorstel-${second!.id}`]: 'weg',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(`Kies bij toezegging ${second!.position} afdoen of aanhouden.`);
    expect(bad.body).toContain('niets is opgeslagen');
    expect(await entries()).toEqual(now);
    expect(await auditCount()).toBe(audits);

    const empty = await griffie.post(page, `${page}/voorstellen`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Kies bij ten minste één toezegging afdoen of aanhouden.');

    // All at once, except the last row: the council cannot decide yet.
    const fields: Record<string, string> = { [`voorstel-${second!.id}`]: 'aanhouden' };
    for (const e of rest.slice(0, -1)) fields[`voorstel-${e.id}`] = 'aanhouden';
    expect((await griffie.post(page, `${page}/voorstellen`, fields)).statusCode).toBe(303);
    now = await entries();
    expect(now.slice(1, -1).every((e) => e.proposal === 'keep')).toBe(true);
    expect(now.at(-1)!.proposal).toBeNull();
  });

  it('refuses the decision while a proposal is missing, then records it with an override', async () => {
    const griffie = await signIn(app, 'griffie@rivierstad.example');
    const page = `${HOME}/${roundId}`;
    const before = await entries();
    const lastRow = before.at(-1)!;
    const audits = await auditCount();
    const refused = await griffie.post(page, `${page}/besluiten`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      `De raad kan nog niet besluiten: bij toezegging ${lastRow.position} staat nog geen voorstel.`,
    );
    const badValue = await griffie.post(page, `${page}/besluiten`, {
      [`besluit-${lastRow.id}`]: 'schrappen',
    });
    expect(badValue.statusCode).toBe(400);
    expect(badValue.body).toContain(
      `Kies bij toezegging ${lastRow.position} zoals voorgesteld, afdoen of aanhouden.`,
    );
    expect(await entries()).toEqual(before);
    expect(await auditCount()).toBe(audits);
    expect(
      (await listCommitmentRounds(ctx.db, ctx.organisation.id)).find((r) => r.id === roundId)?.status,
    ).toBe('open');

    expect(
      (await griffie.post(page, `${page}/voorstellen`, { [`voorstel-${lastRow.id}`]: 'aanhouden' }))
        .statusCode,
    ).toBe(303);
    // The council follows the proposals but settles the second commitment.
    const decided = await griffie.post(page, `${page}/besluiten`, { [`besluit-${before[1]!.id}`]: 'afdoen' });
    expect(decided.statusCode).toBe(303);
    expect(decided.headers.location).toBe(`${page}?melding=raad-besloten`);
    const after = await entries();
    const round = (await listCommitmentRounds(ctx.db, ctx.organisation.id)).find((r) => r.id === roundId)!;
    expect(round).toMatchObject({ status: 'decided', decidedOn: round.meetingDate });
    expect(after[0]).toMatchObject({
      decision: 'settle',
      status: 'fulfilled',
      fulfilledOn: round.meetingDate,
    });
    expect(after[1]).toMatchObject({ proposal: 'keep', decision: 'settle', status: 'fulfilled' });
    expect(
      after.slice(2).every((e) => e.decision === 'keep' && e.status === before[after.indexOf(e)]!.status),
    ).toBe(true);
    expect(await auditCount()).toBeGreaterThan(audits);

    const again = await griffie.post(page, `${page}/besluiten`, {});
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('De raad heeft over deze lijst al besloten.');
    const staffPage = (await griffie.get(page)).body;
    expect(staffPage).toContain('De raad heeft besloten: 2 afgedaan');
  });

  it('shows the decision in the public report', async () => {
    const report = await app.inject({ method: 'GET', url: `/toezeggingenlijsten/${roundId}` });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('De raad besloot op');
    expect(report.body).toContain('De notitie is op 3 maart aan de raad gestuurd.');
    const csv = await app.inject({ method: 'GET', url: `/toezeggingenlijsten/${roundId}/lijst.csv` });
    const rows = await entries();
    const lines = csv.body.trim().split(/\r?\n/).slice(1);
    expect(lines).toHaveLength(rows.length);
    expect(lines.filter((l) => l.endsWith(';afdoen'))).toHaveLength(2);
  });

  it("keeps a user of the association away from the council's round", async () => {
    const round = (await listCommitmentRounds(ctx.db, ctx.organisation.id)).find(
      (r) => r.status === 'decided',
    )!;
    const fresh = await signIn(app, 'griffie@rivierstad.example');
    expect((await fresh.post(HOME, HOME, { meetingId })).statusCode).toBe(303);
    const open = (await listCommitmentRounds(ctx.db, ctx.organisation.id)).find((r) => r.status === 'open')!;
    const target = (await listCommitmentEntries(ctx.db, ctx.organisation.id, open.id))[0]!;
    const audits = await auditCount();

    const bureau = await signIn(association, 'bureau@vng.example');
    // The association has no commitments rounds: its workspace does not know the pages.
    expect((await bureau.get('/beheer')).body).not.toContain(`href="${HOME}"`);
    expect((await bureau.get(HOME)).statusCode).toBe(404);
    expect((await bureau.get(`${HOME}/${open.id}`)).statusCode).toBe(404);
    const viaAssociation = await bureau.post('/beheer', `${HOME}/${open.id}/voorstellen`, {
      [`voorstel-${target.id}`]: 'afdoen',
    });
    expect(viaAssociation.statusCode).toBe(404);
    // Its session is not a session of the council.
    const token = /name="_csrf" value="([^"]+)"/.exec((await bureau.get('/beheer')).body)?.[1] ?? '';
    const viaCouncil = await app.inject({
      method: 'POST',
      url: `${HOME}/${open.id}/voorstellen`,
      headers: { cookie: bureau.cookie },
      payload: { _csrf: token, [`voorstel-${target.id}`]: 'afdoen' },
    });
    // Its session is unknown to the council: sent to the login page, nothing written.
    expect(viaCouncil.statusCode).toBe(303);
    expect(viaCouncil.headers.location).toContain('/inloggen');
    const onCouncilPage = await app.inject({
      method: 'GET',
      url: `${HOME}/${round.id}`,
      headers: { cookie: bureau.cookie },
    });
    expect(onCouncilPage.statusCode).toBe(303);
    expect(onCouncilPage.headers.location).toContain('/inloggen');
    expect((await listCommitmentEntries(ctx.db, ctx.organisation.id, open.id))[0]!.proposal).toBeNull();
    expect(await auditCount()).toBe(audits);
  });

  it("is axe clean on the round's staff page and the list page", async () => {
    const open = (await listCommitmentRounds(ctx.db, ctx.organisation.id)).find((r) => r.status === 'open')!;
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ baseURL: base })).newPage();
      await page.goto('/inloggen');
      await page.getByLabel('E-mailadres').fill('griffie@rivierstad.example');
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL('**/beheer');
      for (const path of [HOME, `${HOME}/${open.id}`, `${HOME}/${roundId}`]) {
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
      // With the error summary and the messages next to the fields.
      await page.goto(`${HOME}/${open.id}`);
      await page.getByRole('button', { name: 'Besluit van de raad vastleggen' }).click();
      await page.getByText('De raad kan nog niet besluiten').waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
