import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { ASSOCIATION_ONLY_WORDS } from '../../src/domain/vocabulary/index.js';
import { buildInstallation, type Installation } from '../../src/installation.js';
import { seedDemoCouncil } from '../../src/seed/demo-council/seed-demo-council.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { factionSeatsOn, listFactions } from '../../src/store/repositories/council.js';
import { findOrganisationBySlug } from '../../src/store/repositories/organisations.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

/** The demo's council: a realistic municipal council beside the association, served under /o/rivierstad/. */
describe.each(ENGINES)('the demo council on %s', (engine) => {
  let cleanup: () => Promise<void>;
  let db: AppContext['db'];
  let installation: Installation;
  let base: string;
  let councilId = '';

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    cleanup = opened.cleanup;
    db = opened.db;
    const vng = await ensureOrganisation(opened.db, 'vng');
    const first = await seedDemoCouncil(opened.db);
    expect(first).toMatchObject({ seeded: true, slug: 'rivierstad', motions: 28, commitments: 24 });
    councilId = (await findOrganisationBySlug(opened.db, 'rivierstad'))!.id;
    installation = await buildInstallation({
      ctx: { db: opened.db, engine: opened.engine, organisation: vng },
    });
    base = await installation.listen(0, '127.0.0.1');
  }, 120_000);
  afterAll(async () => {
    await installation?.close();
    await cleanup?.();
  });

  it('creates a council of 39 seats in 9 factions, with a mayor, aldermen and members in factions', async () => {
    const council = await findOrganisationBySlug(db, 'rivierstad');
    expect(council?.kind).toBe('gemeenteraad');
    const all = await listFactions(db, councilId);
    // Nine factions at the installation; one split off mid-term (Rivierstad Vooruit, September 2024).
    const factions = all.filter((f) => f.termStart === '2022-03-30');
    expect(factions).toHaveLength(9);
    expect(all.filter((f) => f.splitFromId !== null).map((f) => f.name)).toEqual(['Rivierstad Vooruit']);
    expect(factions.reduce((sum, f) => sum + f.seats, 0)).toBe(39);
    // The seats follow the members: every faction has as many members as seats during the term.
    const seats = await factionSeatsOn(db, councilId, '2024-06-01');
    for (const faction of factions) expect(seats.get(faction.id), faction.name).toBe(faction.seats);
    const people = await db
      .selectFrom('council_people')
      .select('role')
      .where('organisation_id', '=', councilId)
      .execute();
    expect(people.filter((p) => p.role === 'member')).toHaveLength(39);
    expect(people.filter((p) => p.role === 'mayor')).toHaveLength(1);
    expect(people.filter((p) => p.role === 'alderman').length).toBeGreaterThanOrEqual(3);
  });

  it("holds the term's council meetings, motions with submitting factions and commitments, dated in the term", async () => {
    const meetings = await db
      .selectFrom('meetings')
      .select(['kind', 'date', 'status'])
      .where('organisation_id', '=', councilId)
      .execute();
    expect(meetings.length).toBeGreaterThan(30);
    expect(new Set(meetings.map((m) => m.kind))).toEqual(new Set(['council-meeting']));
    expect(
      meetings.every((m) => m.status === 'held' && m.date >= '2022-03-30' && m.date < '2026-03-26'),
    ).toBe(true);
    const motions = await db
      .selectFrom('motions')
      .select(['id', 'status', 'meeting_id'])
      .where('organisation_id', '=', councilId)
      .execute();
    expect(motions).toHaveLength(28);
    const statuses = new Set(motions.map((m) => m.status));
    for (const status of ['adopted', 'rejected', 'postponed', 'settled'])
      expect(statuses, status).toContain(status);
    // Held (aangehouden after adoption, at an accountability decision) is the association's cycle, not this one's.
    expect(statuses).not.toContain('held');
    expect(motions.every((m) => m.meeting_id !== null)).toBe(true);
    // Every motion went through its meeting step by step, each step on the day of its meeting, before it closed.
    const steps = await db
      .selectFrom('motion_transitions as t')
      .innerJoin('meetings as m', 'm.id', 't.meeting_id')
      .select(['t.motion_id', 't.to_status', 't.at', 'm.date'])
      .where('t.organisation_id', '=', councilId)
      .orderBy('t.at')
      .execute();
    expect(new Set(steps.map((t) => t.motion_id)).size).toBe(28);
    const dutchTime = new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (const t of steps) {
      expect(t.at.slice(0, 10), `${t.to_status} ${t.at}`).toBe(t.date);
      const local = dutchTime.format(new Date(t.at));
      expect(local >= '19:30' && local <= '23:00', `${t.to_status} at ${local}`).toBe(true);
    }
    const settled = motions.filter((m) => m.status === 'settled').map((m) => m.id);
    for (const id of settled)
      expect(steps.filter((t) => t.motion_id === id).map((t) => t.to_status)).toEqual([
        'submitted',
        'adopted',
        'settled',
      ]);
    const submitters = await db
      .selectFrom('motion_submitters')
      .select('name')
      .where('organisation_id', '=', councilId)
      .execute();
    expect(submitters.length).toBeGreaterThanOrEqual(28);
    expect(submitters.every((s) => /\(.+\)$/.test(s.name))).toBe(true);
    const commitments = await db
      .selectFrom('agreements')
      .select(['kind', 'portfolio_holder', 'due_date', 'status', 'meeting_id'])
      .where('organisation_id', '=', councilId)
      .execute();
    expect(commitments).toHaveLength(24);
    expect(
      commitments.every((c) => c.kind === 'commitment' && c.portfolio_holder && c.due_date && c.meeting_id),
    ).toBe(true);
    const commitmentStatuses = new Set(commitments.map((c) => c.status));
    for (const status of ['open', 'fulfilled']) expect(commitmentStatuses, status).toContain(status);
  });

  it('is written through the audited repositories and loads only once', async () => {
    const audited = await db
      .selectFrom('audit_events')
      .select(['action'])
      .where('organisation_id', '=', councilId)
      .execute();
    const count = (action: string) => audited.filter((a) => a.action === action).length;
    expect(count('motion.created')).toBe(28);
    expect(count('agreement.created')).toBe(24);
    expect(count('faction.created')).toBe(10);
    expect(await seedDemoCouncil(db)).toMatchObject({ seeded: false });
    const after = await db
      .selectFrom('audit_events')
      .select('id')
      .where('organisation_id', '=', councilId)
      .execute();
    expect(after).toHaveLength(audited.length);
  });

  it('serves its home page and commitments overview under /o/rivierstad/ in the words of a council', async () => {
    for (const path of ['/o/rivierstad/', '/o/rivierstad/afspraken']) {
      const response = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain('Gemeenteraad Rivierstad');
      const visible = html
        .replace(/<head>[\s\S]*?<\/head>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z]+;/g, ' ');
      for (const word of ASSOCIATION_ONLY_WORDS)
        expect(visible, `${path}: "${word}"`).not.toMatch(
          new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'),
        );
    }
    // Every page's footer and the login page say who has an account in the council's words, not "leden".
    const login = await (await fetch(`${base}/o/rivierstad/inloggen`)).text();
    expect(login).toContain('Inloggen voor griffie en fracties');
    expect(login).toContain('De griffie, de voorzitter en de fracties hebben een account.');
    expect(login).not.toMatch(/\b(leden|vereniging)\b/);
    // Its accessibility statement sends readers to its own griffie, not to the association's address.
    const statement = await (await fetch(`${base}/o/rivierstad/toegankelijkheid`)).text();
    expect(statement).toContain('Meld het bij de griffie van Gemeenteraad Rivierstad.');
    expect(statement).not.toContain('vng.nl');
    expect(statement).not.toContain('resolutie');
    const overview = await (await fetch(`${base}/o/rivierstad/afspraken`)).text();
    expect(overview).toContain('wethouder M. van Ommen');
    expect(overview).toContain('Toezeggingen');
  });

  it("offers no association's hall screen or members' ballot for a council meeting: it votes by seats", async () => {
    const meeting = await db
      .selectFrom('meetings')
      .select('id')
      .where('organisation_id', '=', councilId)
      .orderBy('date', 'desc')
      .executeTakeFirstOrThrow();
    const page = await (await fetch(`${base}/o/rivierstad/vergaderingen/${meeting.id}`)).text();
    expect(page).toContain('Raadsvergadering');
    expect(page).not.toContain('/scherm');
    expect(page).not.toContain('/stembiljet');
    for (const part of ['scherm', 'stembiljet'])
      expect((await fetch(`${base}/o/rivierstad/vergaderingen/${meeting.id}/${part}`)).status, part).toBe(
        404,
      );
  });

  it('exports its motions as Popolo open data of a council: votes by seats, not weighted', async () => {
    const doc = (await (await fetch(`${base}/o/rivierstad/api/v1/popolo`)).json()) as {
      organizations: { id: string; classification: string }[];
      motions: { requirement: string; result: string | null }[];
    };
    expect(doc.organizations.find((o) => o.id === councilId)?.classification).toBe('legislature');
    expect(doc.motions).toHaveLength(28);
    expect(new Set(doc.motions.map((m) => m.requirement))).toEqual(
      new Set(['simple majority of votes cast']),
    );
  });
});
