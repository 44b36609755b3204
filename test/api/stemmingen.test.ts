import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

describe.each(ENGINES)('/stemmingen on %s', (engine) => {
  let h: Harness;
  let meeting: string;
  const post = (role: Parameters<Harness['as']>[0], url: string, payload?: object) =>
    h.as(role, { method: 'POST', url, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    h = await startHarness(engine);
    meeting = (await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: 'ALV', date: '2025-06-18' })).id;
  });
  afterAll(async () => h?.close());

  // Weights follow the default example band table: Gouda (75 000) 5, Delft (105 000) 8, Utrecht (370 000) 12.
  it('holds a weighted vote on a motion: server-side weights, one ballot per member, result applied on publication', async () => {
    const motion = (await post('member', '/api/v1/moties', { titel: 'Gewogen stemmen' })).json().id;
    await post('member', `/api/v1/moties/${motion}/indienen`, { vergadering: meeting });
    const created = await post('chair', '/api/v1/stemmingen', {
      vergadering: meeting,
      onderwerp: 'Motie Gewogen',
      motie: motion,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const early = await post('member', `/api/v1/stemmingen/${id}/stemmen`, { keuze: 'voor' });
    expect(early.json()).toMatchObject({ status: 409, code: 'vote_not_open' });
    expect((await post('chair', `/api/v1/stemmingen/${id}/openen`)).json().status).toBe('geopend');
    const gouda = await post('member', `/api/v1/stemmingen/${id}/stemmen`, { keuze: 'voor', gewicht: 100 });
    expect(gouda.statusCode).toBe(400);
    const cast = await post('member', `/api/v1/stemmingen/${id}/stemmen`, { keuze: 'voor' });
    expect(cast.statusCode).toBe(201);
    expect(cast.json()).toMatchObject({ naam: 'Gouda', keuze: 'voor', gewicht: 5 });
    expect((await post('member', `/api/v1/stemmingen/${id}/stemmen`, { keuze: 'tegen' })).json().code).toBe(
      'duplicate_ballot',
    );
    expect(
      (await post('member', `/api/v1/stemmingen/${id}/stemmen`, { keuze: 'voor', lid: h.members.delft }))
        .statusCode,
    ).toBe(403);
    await post('otherMember', `/api/v1/stemmingen/${id}/stemmen`, { keuze: 'tegen' });
    await post('staff', `/api/v1/stemmingen/${id}/stemmen`, { keuze: 'voor', lid: h.members.delft });
    expect(
      (await h.as('public', { method: 'GET', url: `/api/v1/stemmingen/${id}/stemmen` })).json(),
    ).toMatchObject({ totaal: 0, resultaten: [] });
    expect(
      (await h.as('board', { method: 'GET', url: `/api/v1/stemmingen/${id}/stemmen` })).json().totaal,
    ).toBe(3);
    const closed = await post('chair', `/api/v1/stemmingen/${id}/sluiten`);
    expect(closed.json().uitslag).toMatchObject({
      voor: 13,
      tegen: 12,
      onthouding: 0,
      percentageVoor: 52,
      uitkomst: 'aangenomen',
      omschrijving: 'aangenomen met 52,00%',
    });
    expect(
      (await h.as('public', { method: 'GET', url: `/api/v1/stemmingen/${id}` })).json().uitslag,
    ).toBeNull();
    expect((await post('chair', `/api/v1/stemmingen/${id}/openen`)).json()).toMatchObject({
      code: 'illegal_transition',
      huidigeStatus: 'gesloten',
      toegestaneStatussen: ['gepubliceerd'],
    });
    await post('chair', `/api/v1/stemmingen/${id}/publiceren`);
    const motie = (await h.as('public', { method: 'GET', url: `/api/v1/moties/${motion}` })).json();
    expect(motie).toMatchObject({
      status: 'aangenomen',
      stemuitslag: { omschrijving: 'aangenomen met 52,00%' },
    });
    const named = (await h.as('public', { method: 'GET', url: `/api/v1/stemmingen/${id}/stemmen` })).json();
    expect(named.resultaten.map((b: { naam: string; gewicht: number }) => `${b.naam}:${b.gewicht}`)).toEqual([
      'Delft:8',
      'Gouda:5',
      'Utrecht:12',
    ]);
    const popolo = (
      await h.as('public', { method: 'GET', url: `/api/v1/popolo?vergadering=${meeting}` })
    ).json();
    expect(popolo.vote_events.find((e: { id: string }) => e.id === id).votes).toHaveLength(3);
    const history = (
      await h.as('public', { method: 'GET', url: `/api/v1/moties/${motion}/statusovergangen` })
    ).json();
    expect(history.resultaten.at(-1)).toMatchObject({ naar: 'aangenomen', stemming: id });
  });
});
