import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

type Entry = {
  id: string;
  motie: { id: string; status: string };
  tekst: string | null;
  besluit: string | null;
};

describe.each(ENGINES)('/verantwoordingsrondes on %s', (engine) => {
  let h: Harness;
  let june: string;
  let november: string;
  const motions: string[] = [];
  const post = (role: Parameters<Harness['as']>[0], url: string, payload?: object) =>
    h.as(role, { method: 'POST', url, ...(payload ? { payload } : {}) });
  const put = (role: Parameters<Harness['as']>[0], url: string, payload: object) =>
    h.as(role, { method: 'PUT', url, payload });

  beforeAll(async () => {
    h = await startHarness(engine);
    june = (
      await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: 'ALV juni 2025', date: '2025-06-18' })
    ).id;
    november = (
      await createMeeting(h.ctx.db, h.system, {
        kind: 'najaars-alv',
        title: 'Najaars-ALV 2025',
        date: '2025-12-10',
      })
    ).id;
    for (const titel of ['Jeugdzorg', 'Wonen', 'Klimaat']) {
      const id = (
        await post('staff', '/api/v1/moties', { titel, indieners: [{ lid: h.members.gouda }] })
      ).json().id;
      await post('staff', `/api/v1/moties/${id}/indienen`, { vergadering: june });
      await post('chair', `/api/v1/moties/${id}/stemuitslag`, { uitkomst: 'aangenomen', percentage: 90 });
      motions.push(id);
    }
  });
  afterAll(async () => h?.close());

  it('runs a round: open, write, approve, decide; motions become held and settled', async () => {
    expect((await post('board', '/api/v1/verantwoordingsrondes', { vergadering: november })).statusCode).toBe(
      403,
    );
    const opened = await post('staff', '/api/v1/verantwoordingsrondes', { vergadering: november });
    expect(opened.statusCode).toBe(201);
    const round = opened.json();
    expect(round).toMatchObject({ status: 'open', vergadering: november });
    const again = await post('staff', '/api/v1/verantwoordingsrondes', { vergadering: november });
    expect(again.statusCode).toBe(409);
    const base = `/api/v1/verantwoordingsrondes/${round.id}`;
    const page = (await h.as('staff', { method: 'GET', url: `${base}/verantwoordingen` })).json();
    expect(page).toMatchObject({ totaal: motions.length, pagina: 1 });
    const entries: Entry[] = page.resultaten;
    expect(entries.map((e) => e.motie.id).sort()).toEqual([...motions].sort());
    const byMotion = (id: string) => entries.find((e) => e.motie.id === id)!;
    const [hold, settle, conditional] = motions.map(byMotion);

    const early = await post('board', `${base}/goedkeuren`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('round_incomplete');
    const noCondition = await put('staff', `${base}/verantwoordingen/${conditional.id}`, {
      tekst: 'X',
      voorstel: 'voorwaardelijk',
    });
    expect(noCondition.statusCode).toBe(400);
    expect(noCondition.json().invalidParams[0].name).toBe('voorwaarde');
    await put('staff', `${base}/verantwoordingen/${hold.id}`, { tekst: 'Loopt nog.', voorstel: 'aanhouden' });
    await put('staff', `${base}/verantwoordingen/${settle.id}`, { tekst: 'Klaar.', voorstel: 'afdoen' });
    const written = await put('staff', `${base}/verantwoordingen/${conditional.id}`, {
      tekst: 'Wacht op akkoord.',
      voorstel: 'voorwaardelijk',
      voorwaarde: 'aanhouden, tenzij het akkoord wordt ondertekend',
    });
    expect(written.statusCode).toBe(200);
    expect(written.json()).toMatchObject({
      voorstel: 'voorwaardelijk',
      voorwaarde: expect.stringContaining('tenzij'),
    });

    const publicView = (await h.as('public', { method: 'GET', url: base })).json();
    expect(publicView.verantwoordingen.every((e: Entry) => e.tekst === null)).toBe(true);

    expect(
      (await post('board', `${base}/verantwoordingen/${hold.id}/goedkeuren`)).json().goedgekeurdOp,
    ).not.toBeNull();
    expect((await post('chair', `${base}/besluit`, { volgVoorstellen: true })).json().code).toBe(
      'round_not_approved',
    );
    expect((await post('staff', `${base}/goedkeuren`)).statusCode).toBe(403);
    const approved = await post('board', `${base}/goedkeuren`);
    expect(approved.json().status).toBe('goedgekeurd');
    const reapproved = await post('board', `${base}/goedkeuren`);
    expect(reapproved.statusCode).toBe(409);
    expect(reapproved.json().detail).toContain('toegestaan:');
    // What the board approved goes to the members as it is: its texts are fixed, how it is sent is not.
    const patch = (payload: object) => h.as('staff', { method: 'PATCH', url: base, payload });
    const reworded = await patch({ voorstelTekst: 'Een ander voorstel' });
    expect(reworded.statusCode).toBe(409);
    expect(reworded.json().code).toBe('round_approved');
    expect((await patch({ titel: 'Andere titel' })).json().code).toBe('round_approved');
    const dated = await patch({ rapportdatum: '2025-11-20', voorstelTekst: approved.json().voorstelTekst });
    expect(dated.statusCode).toBe(200);
    expect(dated.json()).toMatchObject({
      rapportdatum: '2025-11-20',
      voorstelTekst: approved.json().voorstelTekst,
    });
    expect(
      (await put('staff', `${base}/verantwoordingen/${hold.id}`, { tekst: 'Te laat', voorstel: 'afdoen' }))
        .statusCode,
    ).toBe(409);

    const refused = await post('chair', `${base}/besluit`, { volgVoorstellen: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'conditional_undecided',
      betreft: [{ id: conditional.id, omschrijving: expect.stringContaining('Klimaat') }],
    });
    expect(refused.json().detail).toContain('“Klimaat”');
    const status = async (id: string) =>
      (await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}` })).json().status;
    expect(await status(hold.motie.id)).toBe('aangenomen');

    const decided = await post('chair', `${base}/besluit`, {
      volgVoorstellen: true,
      besluiten: [{ verantwoording: conditional.id, besluit: 'afgedaan' }],
      stemuitslag: { uitkomst: 'aangenomen', percentage: 97.63 },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'besloten',
      beslotenOp: '2025-12-10',
      stemuitslag: { tekst: 'aangenomen met 97,63%', percentage: 97.63, bijAcclamatie: false },
    });
    expect(await status(hold.motie.id)).toBe('aangehouden');
    expect(await status(settle.motie.id)).toBe('afgedaan');
    expect(await status(conditional.motie.id)).toBe('afgedaan');
    const entriesAfter: (Entry & { besluitOp: string })[] = (
      await h.as('public', { method: 'GET', url: `${base}/verantwoordingen` })
    ).json().resultaten;
    // Dated by the meeting (10 December 2025, no start time: noon in the Netherlands), not by the clock.
    expect(new Set(entriesAfter.map((e) => e.besluitOp))).toEqual(new Set(['2025-12-10T11:00:00.000Z']));

    const twice = await post('chair', `${base}/besluit`, {
      besluiten: [{ verantwoording: settle.id, besluit: 'aangehouden' }],
    });
    expect(twice.statusCode).toBe(409);
    // Said as it is: the round was decided, not "waiting for the board".
    expect(twice.json().code).toBe('round_decided');
    expect(twice.json().detail).toContain('al over elke motie');

    // The vote on the accountability as a whole is a fact of the meeting: not overwritten afterwards.
    const revote = await post('chair', `${base}/stemuitslag`, { uitkomst: 'verworpen' });
    expect(revote.statusCode).toBe(409);
    expect(revote.json()).toMatchObject({ code: 'round_vote_recorded' });
    expect(revote.json().detail).toContain('aangenomen met 97,63%');
    expect((await h.as('public', { method: 'GET', url: base })).json().stemuitslag).toEqual({
      tekst: 'aangenomen met 97,63%',
      percentage: 97.63,
      bijAcclamatie: false,
    });

    // Rounds follow the meetings: none is opened for a meeting before one whose round was decided.
    const earlier = await post('staff', '/api/v1/verantwoordingsrondes', { vergadering: june });
    expect(earlier.statusCode).toBe(409);
    expect(earlier.json().code).toBe('round_out_of_order');
    expect(earlier.json().detail).toContain('Najaars-ALV 2025 van 10 december 2025');
    expect(
      (await h.as('public', { method: 'GET', url: '/api/v1/verantwoordingsrondes' })).json().totaal,
    ).toBe(1);

    const motionView = (
      await h.as('public', { method: 'GET', url: `/api/v1/moties/${hold.motie.id}/verantwoordingen` })
    ).json();
    expect(motionView.resultaten).toEqual([
      expect.objectContaining({ voorstel: 'aanhouden', besluit: 'aangehouden' }),
    ]);
    const settled = await post('staff', `/api/v1/moties/${settle.motie.id}/intrekken`);
    expect(settled.json()).toMatchObject({ status: 409, huidigeStatus: 'afgedaan', toegestaneStatussen: [] });
    const list = await h.as('public', {
      method: 'GET',
      url: `/api/v1/verantwoordingsrondes?vergadering=${november}&status=besloten`,
    });
    expect(list.json().totaal).toBe(1);
    const trail = await h.as('admin', { method: 'GET', url: `${base}/audittrail` });
    expect(trail.json().resultaten.map((e: { actie: string }) => e.actie)).toContain(
      'accountability-round.created',
    );
  });
});
