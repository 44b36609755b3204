import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingKind } from '../../src/domain/types.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

type Entry = { id: string; motie: { id: string }; besluit: string | null };

/** A calendar date `days` from today (the rules compare with today's date in the Netherlands). */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(ENGINES)('accountability dates, order and completeness on %s', (engine) => {
  let h: Harness;
  const meetings: Record<string, string> = {};
  const post = (role: Parameters<Harness['as']>[0], url: string, payload?: object) =>
    h.as(role, { method: 'POST', url, ...(payload ? { payload } : {}) });
  const get = (url: string) => h.as('staff', { method: 'GET', url });
  const adoptedMotion = async (titel: string, meeting: string) => {
    const id = (
      await post('staff', '/api/v1/moties', { titel, indieners: [{ lid: h.members.gouda }] })
    ).json().id;
    await post('staff', `/api/v1/moties/${id}/indienen`, { vergadering: meeting });
    const voted = await post('chair', `/api/v1/moties/${id}/stemuitslag`, {
      uitkomst: 'aangenomen',
      percentage: 88,
    });
    expect(voted.statusCode).toBe(200);
    return id as string;
  };
  const writeAll = async (roundId: string, proposal: (motionId: string) => string) => {
    const entries: Entry[] = (await get(`/api/v1/verantwoordingsrondes/${roundId}/verantwoordingen`)).json()
      .resultaten;
    for (const e of entries)
      await h.as('staff', {
        method: 'PUT',
        url: `/api/v1/verantwoordingsrondes/${roundId}/verantwoordingen/${e.id}`,
        payload: { tekst: 'Stand van zaken.', voorstel: proposal(e.motie.id) },
      });
    return entries;
  };

  beforeAll(async () => {
    h = await startHarness(engine);
    const plan: [string, MeetingKind, string][] = [
      ['adoption', 'alv', '2024-06-05'],
      ['june', 'alv', '2025-06-18'],
      ['december', 'najaars-alv', '2025-12-10'],
      ['coming', 'najaars-alv', fromToday(30)],
    ];
    for (const [key, kind, date] of plan)
      meetings[key] = (
        await createMeeting(h.ctx.db, h.system, {
          kind,
          title: `Vergadering ${key}`,
          date,
          startTime: '10:00',
        })
      ).id;
  });
  afterAll(async () => h?.close());

  it('records a vote result only once the meeting has taken place, with a 409 that names its date', async () => {
    const id = (
      await post('staff', '/api/v1/moties', { titel: 'Te vroeg', indieners: [{ lid: h.members.gouda }] })
    ).json().id;
    await post('staff', `/api/v1/moties/${id}/indienen`, { vergadering: meetings.coming });
    const early = await post('chair', `/api/v1/moties/${id}/stemuitslag`, {
      uitkomst: 'aangenomen',
      percentage: 90,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'meeting_not_held', vergaderdatum: fromToday(30) });
    expect(early.json().detail).toContain('heeft nog niet plaatsgevonden');
    expect((await get(`/api/v1/moties/${id}`)).json().status).toBe('ingediend');
  });

  it('dates an adoption by its meeting, not by the clock', async () => {
    const id = await adoptedMotion('Gedateerd', meetings.adoption);
    const transitions = (await get(`/api/v1/moties/${id}/statusovergangen`)).json().resultaten;
    const adoption = transitions.find((t: { naar: string }) => t.naar === 'aangenomen');
    expect(adoption.op).toBe('2024-06-05T08:00:00.000Z');
  });

  it('checks completeness against the register and adds missing motions one by one or all', async () => {
    const first = await adoptedMotion('Eerste', meetings.adoption);
    const round = (
      await post('staff', '/api/v1/verantwoordingsrondes', { vergadering: meetings.june })
    ).json();
    const base = `/api/v1/verantwoordingsrondes/${round.id}`;
    expect((await get(`${base}/volledigheid`)).json()).toMatchObject({
      compleet: true,
      melding: 'Alle open moties staan in deze ronde.',
    });
    // Motions that enter the register after the round was opened.
    const late = [
      await adoptedMotion('Later één', meetings.adoption),
      await adoptedMotion('Later twee', meetings.adoption),
    ];
    const check = (await get(`${base}/volledigheid`)).json();
    expect(check).toMatchObject({ compleet: false, melding: '2 open moties staan niet in deze ronde' });
    expect(check.ontbrekend.map((m: { id: string }) => m.id).sort()).toEqual([...late].sort());
    // The missing motions come a page at a time; the count and the message cover them all.
    const pageOne = await get(`${base}/volledigheid?limit=1`);
    expect(pageOne.json()).toMatchObject({ aantalOntbrekend: 2, pagina: 1, limit: 1, compleet: false });
    expect(pageOne.json().ontbrekend).toHaveLength(1);
    expect(pageOne.headers['x-total-count']).toBe('2');
    expect(pageOne.headers.link).toContain('rel="next"');
    const second = (await get(pageOne.json()._links.next.href)).json();
    expect(second).toMatchObject({ pagina: 2, melding: '2 open moties staan niet in deze ronde' });
    expect(second._links.next).toBeNull();
    expect([pageOne.json().ontbrekend[0].id, second.ontbrekend[0].id]).toEqual(
      check.ontbrekend.map((m: { id: string }) => m.id),
    );
    expect((await get(`${base}/volledigheid?limit=0`)).statusCode).toBe(400);
    const notMissing = await post('staff', `${base}/verantwoordingen`, { moties: [first] });
    expect(notMissing.statusCode).toBe(400);
    expect(notMissing.json().invalidParams[0]).toMatchObject({ name: 'moties.0', code: 'not_missing' });
    expect((await post('board', `${base}/verantwoordingen`, { alle: true })).statusCode).toBe(403);
    const one = await post('staff', `${base}/verantwoordingen`, { moties: [late[0]] });
    expect(one.statusCode).toBe(201);
    expect(one.json().map((e: Entry) => e.motie.id)).toEqual([late[0]]);
    expect((await get(`${base}/volledigheid`)).json().melding).toBe('1 open motie staat niet in deze ronde');
    expect((await post('staff', `${base}/verantwoordingen`, { alle: true })).json()).toHaveLength(1);
    expect((await get(`${base}/volledigheid`)).json().compleet).toBe(true);
  });

  it('decides rounds in meeting order, carries held motions into the next round and refuses decisions before the meeting', async () => {
    const rounds = (await get(`/api/v1/verantwoordingsrondes?vergadering=${meetings.june}`)).json()
      .resultaten;
    const june = rounds[0].id as string;
    const december = (
      await post('staff', '/api/v1/verantwoordingsrondes', { vergadering: meetings.december })
    ).json().id;
    const coming = (
      await post('staff', '/api/v1/verantwoordingsrondes', { vergadering: meetings.coming })
    ).json().id;
    const juneEntries = await writeAll(june, () => 'aanhouden');
    await writeAll(december, () => 'afdoen');
    expect((await post('board', `/api/v1/verantwoordingsrondes/${june}/goedkeuren`)).statusCode).toBe(200);
    expect((await post('board', `/api/v1/verantwoordingsrondes/${december}/goedkeuren`)).statusCode).toBe(
      200,
    );

    // Two decisions for one motion in one call: refused as a whole, nothing decided.
    const twice = await post('chair', `/api/v1/verantwoordingsrondes/${june}/besluit`, {
      besluiten: [
        { verantwoording: juneEntries[0].id, besluit: 'afgedaan' },
        { verantwoording: juneEntries[0].id, besluit: 'aangehouden' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toMatchObject({
      code: 'duplicate_decision',
      invalidParams: [{ name: 'besluiten', code: 'duplicate_decision' }],
    });
    expect(twice.json().detail).toContain('hoogstens één keer');
    expect(
      (await get(`/api/v1/verantwoordingsrondes/${june}/verantwoordingen/${juneEntries[0].id}`)).json()
        .besluit,
    ).toBeNull();

    const outOfOrder = await post('chair', `/api/v1/verantwoordingsrondes/${december}/besluit`, {
      volgVoorstellen: true,
    });
    expect(outOfOrder.statusCode).toBe(409);
    expect(outOfOrder.json()).toMatchObject({ code: 'round_order', betreft: [{ id: june }] });

    // The coming round holds every open motion; held ones stay, and each has one entry only.
    const comingBefore: Entry[] = (
      await get(`/api/v1/verantwoordingsrondes/${coming}/verantwoordingen`)
    ).json().resultaten;
    const decided = await post('chair', `/api/v1/verantwoordingsrondes/${june}/besluit`, {
      volgVoorstellen: true,
    });
    expect(decided.json()).toMatchObject({ status: 'besloten', beslotenOp: '2025-06-18' });
    const comingAfter: Entry[] = (
      await get(`/api/v1/verantwoordingsrondes/${coming}/verantwoordingen`)
    ).json().resultaten;
    expect(comingAfter.map((e) => e.motie.id).sort()).toEqual(comingBefore.map((e) => e.motie.id).sort());
    expect(juneEntries.every((e) => comingAfter.some((c) => c.motie.id === e.motie.id))).toBe(true);

    expect(
      (await post('chair', `/api/v1/verantwoordingsrondes/${december}/besluit`, { volgVoorstellen: true }))
        .statusCode,
    ).toBe(200);
    // Settled in December: they leave the coming round.
    expect((await get(`/api/v1/verantwoordingsrondes/${coming}/verantwoordingen`)).json().resultaten).toEqual(
      [],
    );
    expect((await get(`/api/v1/verantwoordingsrondes/${coming}/volledigheid`)).json().compleet).toBe(true);

    // A new motion adopted earlier makes the coming round incomplete; the round for a meeting ahead cannot be decided.
    await adoptedMotion('Nog één', meetings.december);
    await post('staff', `/api/v1/verantwoordingsrondes/${coming}/verantwoordingen`, { alle: true });
    await writeAll(coming, () => 'aanhouden');
    await post('board', `/api/v1/verantwoordingsrondes/${coming}/goedkeuren`);
    const early = await post('chair', `/api/v1/verantwoordingsrondes/${coming}/besluit`, {
      volgVoorstellen: true,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'meeting_not_held', vergaderdatum: fromToday(30) });
    const vote = await post('chair', `/api/v1/verantwoordingsrondes/${coming}/stemuitslag`, {
      uitkomst: 'aangenomen',
      percentage: 99,
    });
    expect(vote.json().code).toBe('meeting_not_held');
  });
});
