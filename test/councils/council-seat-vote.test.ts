import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { ASSOCIATION_ONLY_WORDS } from '../../src/domain/vocabulary/index.js';
import { seedDemoCouncil } from '../../src/seed/demo-council/seed-demo-council.js';
import { buildServer } from '../../src/server.js';
import {
  decideCommitmentRound,
  openCommitmentRound,
  proposeOnCommitment,
} from '../../src/services/council/commitment-round.js';
import { loadFactionOverview } from '../../src/services/council/faction-overview.js';
import {
  closeSeatVote,
  councilRoll,
  openSeatVote,
  recordCouncilAttendance,
  recordFactionVote,
} from '../../src/services/council/seat-vote.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { publishVote } from '../../src/services/votes/move-vote.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import {
  listCommitmentEntries,
  listCommitmentRounds,
} from '../../src/store/repositories/commitment-rounds.js';
import { listCouncilBallots } from '../../src/store/repositories/council-votes.js';
import { createMotion, getMotion } from '../../src/store/repositories/motions.js';
import { findOrganisationBySlug } from '../../src/store/repositories/organisations.js';
import { expectNoAxeViolations } from '../e2e/browser-session.js';
import { launchChromium } from '../support/browser.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { addUser, PASSWORD, signIn } from '../web/fixtures.js';

/** The factions page and the vote by seats of a council (issue 16), on the demo council. */
describe.each(ENGINES)('a council votes by seats and shows its factions, on %s', (engine) => {
  let cleanup: () => Promise<void>;
  let ctx: AppContext;
  let app: FastifyInstance;
  let association: FastifyInstance;
  let w: WriteContext;
  let meetingId = '';

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    cleanup = opened.cleanup;
    const vng = await ensureOrganisation(opened.db, 'vng');
    await seedDemoCouncil(opened.db);
    const council = (await findOrganisationBySlug(opened.db, 'rivierstad'))!;
    ctx = { db: opened.db, engine: opened.engine, organisation: council };
    w = { organisationId: council.id, actor: SYSTEM_ACTOR };
    app = await buildServer({ ctx });
    association = await buildServer({ ctx: { ...ctx, organisation: vng } });
    const last = await opened.db
      .selectFrom('meetings')
      .select(['id'])
      .where('organisation_id', '=', council.id)
      .orderBy('date', 'desc')
      .executeTakeFirstOrThrow();
    meetingId = last.id;
    await addUser(ctx, 'chair', 'griffier@rivierstad.example');
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await association?.close();
    await cleanup?.();
  });

  it('shows the factions of the current term with seats, members, the college and the changes mid-term', async () => {
    const overview = await loadFactionOverview(ctx.db, ctx.organisation.id);
    expect(overview.factions).toHaveLength(10);
    expect(overview.totalSeats + overview.independents.length).toBe(39);
    const rb = overview.factions.find((f) => f.faction.shortName === 'RB')!;
    expect(rb.seatsNow).toBe(6);
    expect(rb.changes.filter((c) => c.kind === 'left')).toHaveLength(2);
    const split = overview.factions.find((f) => f.faction.shortName === 'RV')!;
    expect(split.splitFrom?.id).toBe(rb.faction.id);
    expect(split.seatsNow).toBe(2);
    expect(overview.independents).toHaveLength(1);

    const list = await app.inject({ method: 'GET', url: '/fracties' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<h1 class="utrecht-heading-1">Fracties</h1>');
    expect(list.body).toContain('href="/fracties"');
    expect(list.body).toContain('Rivierstad Vooruit');
    expect(list.body).toContain('afgesplitst als Rivierstad Vooruit');
    expect(list.body).toContain('wethouder M. van Ommen');
    const page = await app.inject({ method: 'GET', url: `/fracties/${rb.faction.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Rivierstads Belang');
    expect(page.body).toContain('verliet de fractie');
    expect((await app.inject({ method: 'GET', url: '/fracties/not-an-id' })).statusCode).toBe(404);
    // An association has members, not factions: no page, no menu item.
    expect((await association.inject({ method: 'GET', url: '/fracties' })).statusCode).toBe(404);
    expect((await association.inject({ method: 'GET', url: '/' })).body).not.toContain('href="/fracties"');
  });

  it('refuses a vote without the quorum, then tallies a vote by faction with a named deviation', async () => {
    const motion = await createMotion(ctx.db, w, {
      number: 'M2026-90',
      title: 'Motie over de veerpont',
      status: 'submitted',
      meetingId,
      submitters: [],
    });
    const roll = await councilRoll(ctx.db, ctx.organisation.id, meetingId);
    expect(roll.seats).toBe(39);
    expect(roll.quorum).toBe(20);
    const members = roll.members;
    await recordCouncilAttendance({
      db: ctx.db,
      writer: w,
      meetingId,
      personIds: members.slice(0, 19).map((m) => m.id),
    });
    await expect(
      openSeatVote({ db: ctx.db, writer: w, meetingId, motionId: motion.id, subject: motion.title }),
    ).rejects.toMatchObject({ code: 'no_quorum' });
    // 33 present: everyone but six.
    const present = members.slice(0, 33);
    await recordCouncilAttendance({ db: ctx.db, writer: w, meetingId, personIds: present.map((m) => m.id) });
    const vote = await openSeatVote({
      db: ctx.db,
      writer: w,
      meetingId,
      motionId: motion.id,
      subject: motion.title,
    });
    const factions = [...new Set(present.map((m) => m.factionId).filter((f) => f !== null))];
    const [first, ...rest] = factions;
    const deviating = present.find((m) => m.factionId === first)!;
    await recordFactionVote({
      db: ctx.db,
      writer: w,
      voteId: vote.id,
      factionChoices: Object.fromEntries([
        [first!, 'for'],
        ...rest.map((f, i) => [f, i % 2 === 0 ? 'for' : 'against']),
      ]),
      apart: [{ personId: deviating.id, choice: 'against' }],
    });
    const ballots = await listCouncilBallots(ctx.db, ctx.organisation.id, vote.id);
    const expectedCast = present.filter((m) => m.factionId !== null).length;
    expect(ballots).toHaveLength(expectedCast);
    expect(ballots.find((b) => b.personId === deviating.id)).toMatchObject({
      choice: 'against',
      byFaction: false,
    });
    const expectedFor = ballots.filter((b) => b.choice === 'for').length;
    const closed = await closeSeatVote({ db: ctx.db, writer: w, voteId: vote.id });
    expect(closed.result).toMatchObject({
      members: { for: expectedFor, against: expectedCast - expectedFor, abstain: 0 },
      presentWeight: 33,
      eligibleWeight: 39,
      quorumMet: true,
      outcome: expectedFor > expectedCast - expectedFor ? 'adopted' : 'rejected',
    });
    await publishVote({ db: ctx.db, writer: w, voteId: vote.id });
    const after = await getMotion(ctx.db, ctx.organisation.id, motion.id);
    expect(after?.status).toBe(closed.result!.outcome === 'adopted' ? 'adopted' : 'rejected');
  });

  it("runs the vote through the chair's console and shows the named votes on the motion page", async () => {
    const motion = await createMotion(ctx.db, w, {
      number: 'M2026-91',
      title: 'Motie over de bibliotheek',
      status: 'submitted',
      meetingId,
      submitters: [],
    });
    const chair = await signIn(app, 'griffier@rivierstad.example');
    const console = `/beheer/vergaderingen/${meetingId}/raadsstemming`;
    const old = await chair.get(`/beheer/vergaderingen/${meetingId}/stemmen`);
    expect(old.statusCode).toBe(303);
    expect(old.headers.location).toBe(console);
    const roll = await councilRoll(ctx.db, ctx.organisation.id, meetingId);
    const present = roll.members.slice(0, 25);
    const token = /name="_csrf" value="([^"]+)"/.exec((await chair.get(console)).body)![1]!;
    const attendance = await app.inject({
      method: 'POST',
      url: `${console}/aanwezig`,
      headers: { cookie: chair.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${token}&${present.map((m) => `aanwezig=${m.id}`).join('&')}`,
    });
    expect(attendance.statusCode).toBe(303);
    expect((await chair.get(console)).body).toContain('25 van de 39 raadsleden aanwezig');
    const bad = await chair.post(console, `${console}/openen`, { motie: 'onzin' });
    expect(bad.statusCode).toBe(400);
    expect((await chair.post(console, `${console}/openen`, { motie: motion.id })).statusCode).toBe(303);
    const page = (await chair.get(console)).body;
    expect(page).toContain('Open stemming: M2026-91. Motie over de bibliotheek');
    const voteId = /raadsstemming\/([0-9a-f-]{36})\/leden/.exec(page)![1]!;
    const fields = Object.fromEntries(present.map((m, i) => [`stem-${m.id}`, i < 15 ? 'for' : 'against']));
    expect((await chair.post(console, `${console}/${voteId}/leden`, fields)).statusCode).toBe(303);
    const stranger = await chair.post(console, `${console}/${voteId}/leden`, {
      [`stem-${roll.members[30]!.id}`]: 'for',
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('Alleen aanwezige raadsleden kunnen stemmen');
    expect((await chair.post(console, `${console}/${voteId}/sluiten`, {})).statusCode).toBe(303);
    expect((await chair.post(console, `${console}/${voteId}/publiceren`, {})).statusCode).toBe(303);
    expect((await getMotion(ctx.db, ctx.organisation.id, motion.id))?.status).toBe('adopted');
    const motionPage = await app.inject({ method: 'GET', url: `/moties/${motion.id}` });
    expect(motionPage.body).toContain('Stemmen per raadslid');
    expect(motionPage.body).toContain(present[0]!.name);
    expect(motionPage.body).toContain('25 raadsleden, 15 voor, 10 tegen');
  });

  it("keeps the demo's commitments round and reports it as HTML and CSV in the council's words", async () => {
    const rounds = await listCommitmentRounds(ctx.db, ctx.organisation.id);
    expect(rounds).toHaveLength(1);
    const round = rounds[0]!;
    expect(round.status).toBe('decided');
    expect(round.decidedOn).toBe(round.meetingDate);
    const entries = await listCommitmentEntries(ctx.db, ctx.organisation.id, round.id);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.decision !== null && e.proposal === e.decision)).toBe(true);
    for (const e of entries.filter((x) => x.decision === 'settle'))
      expect(e).toMatchObject({ status: 'fulfilled', fulfilledOn: round.meetingDate });
    const page = await app.inject({ method: 'GET', url: `/toezeggingenlijsten/${round.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Toezeggingenlijst');
    expect(page.body).toContain('De griffie legt de gemeenteraad');
    const visible = page.body.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, ' ');
    for (const word of ASSOCIATION_ONLY_WORDS)
      expect(visible).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
    const csv = await app.inject({ method: 'GET', url: `/toezeggingenlijsten/${round.id}/lijst.csv` });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Toezegging;Gedaan in;Portefeuillehouder;Termijn;Status;Voorstel college');
    expect(lines).toHaveLength(entries.length + 1);
  });

  it('refuses to decide before every commitment has a proposal, then settles what the council settles', async () => {
    const round = await openCommitmentRound({ db: ctx.db, writer: w, meetingId });
    const entries = await listCommitmentEntries(ctx.db, ctx.organisation.id, round.id);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.status === 'open' || e.status === 'partly-fulfilled')).toBe(true);
    await expect(decideCommitmentRound({ db: ctx.db, writer: w, roundId: round.id })).rejects.toMatchObject({
      code: 'missing_proposal',
    });
    await expect(
      proposeOnCommitment({
        db: ctx.db,
        writer: w,
        roundId: round.id,
        entryId: entries[0]!.id,
        proposal: 'weg',
      }),
    ).rejects.toMatchObject({ code: 'invalid_proposal' });
    for (const e of entries)
      await proposeOnCommitment({
        db: ctx.db,
        writer: w,
        roundId: round.id,
        entryId: e.id,
        proposal: 'keep',
      });
    const decided = await decideCommitmentRound({
      db: ctx.db,
      writer: w,
      roundId: round.id,
      overrides: { [entries[0]!.id]: 'settle' },
    });
    expect(decided.status).toBe('decided');
    const after = await listCommitmentEntries(ctx.db, ctx.organisation.id, round.id);
    expect(after[0]).toMatchObject({ decision: 'settle', status: 'fulfilled' });
    expect(
      after.slice(1).every((e) => e.decision === 'keep' && e.status === entries[after.indexOf(e)]!.status),
    ).toBe(true);
    await expect(decideCommitmentRound({ db: ctx.db, writer: w, roundId: round.id })).rejects.toMatchObject({
      code: 'round_decided',
    });
  });

  it('is axe clean on the factions pages, the commitments report and the council console', async () => {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await launchChromium();
    try {
      const overview = await loadFactionOverview(ctx.db, ctx.organisation.id);
      const round = (await listCommitmentRounds(ctx.db, ctx.organisation.id)).at(-1)!;
      const page = await (await browser.newContext({ baseURL: base })).newPage();
      for (const path of [
        '/fracties',
        `/fracties/${overview.factions[0]!.faction.id}`,
        `/toezeggingenlijsten/${round.id}`,
      ]) {
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
      await page.goto('/inloggen');
      await page.getByLabel('E-mailadres').fill('griffier@rivierstad.example');
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL('**/beheer');
      await page.goto(`/beheer/vergaderingen/${meetingId}/raadsstemming`);
      await expectNoAxeViolations(page);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
