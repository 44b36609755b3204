import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

describe.each(ENGINES)('/vergaderingen, /leden and /resoluties on %s', (engine) => {
  let h: Harness;
  const send = (
    role: Parameters<Harness['as']>[0],
    method: 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ) => h.as(role, { method, url, ...(payload ? { payload } : {}) });
  const get = (url: string, role: Parameters<Harness['as']>[0] = 'public') =>
    h.as(role, { method: 'GET', url });

  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  it('plans meetings with an agenda, lists and filters them', async () => {
    expect(
      (
        await send('member', 'POST', '/api/v1/vergaderingen', {
          soort: 'alv',
          titel: 'X',
          datum: '2025-06-18',
        })
      ).statusCode,
    ).toBe(403);
    const bad = await send('chair', 'POST', '/api/v1/vergaderingen', {
      soort: 'feest',
      titel: '',
      datum: '2025-13-01',
      begintijd: '25:00',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['begintijd', 'datum', 'soort', 'titel']);
    const res = await send('chair', 'POST', '/api/v1/vergaderingen', {
      soort: 'najaars-alv',
      titel: 'Najaars-ALV 2025',
      datum: '2025-12-10',
      begintijd: '10:00',
      plaats: 'Utrecht',
    });
    expect(res.statusCode).toBe(201);
    const meeting = res.json();
    expect(meeting).toMatchObject({ soort: 'najaars-alv', status: 'gepland', peildatum: '2025-12-10' });
    const item = await send('staff', 'POST', `/api/v1/vergaderingen/${meeting.id}/agendapunten`, {
      nummer: '11',
      titel: 'Verantwoording moties',
    });
    expect(item.json()).toMatchObject({ nummer: '11', doel: 'ter-vaststelling', positie: 1 });
    const moved = await send(
      'staff',
      'PATCH',
      `/api/v1/vergaderingen/${meeting.id}/agendapunten/${item.json().id}`,
      { doel: 'ter-informatie' },
    );
    expect(moved.json().doel).toBe('ter-informatie');
    const held = await send('chair', 'PATCH', `/api/v1/vergaderingen/${meeting.id}`, { status: 'gehouden' });
    expect(held.json().status).toBe('gehouden');
    const detail = (await get(`/api/v1/vergaderingen/${meeting.id}`)).json();
    expect(detail.agendapunten).toHaveLength(1);
    const list = (await get('/api/v1/vergaderingen?jaar=2025&soort=najaars-alv,alv&status=gehouden')).json();
    expect(list.resultaten.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    expect(
      (await get(`/api/v1/vergaderingen/${meeting.id}/audittrail`, 'staff')).json().totaal,
    ).toBeGreaterThanOrEqual(2);
    expect((await get('/api/v1/vergaderingen/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/v1/vergaderingen/niet-een-uuid')).statusCode).toBe(400);
  });

  it('serves the member register with filters, and lets staff add and update members', async () => {
    const list = (await get('/api/v1/leden?provincie=Zuid-Holland&sort=-inwoners')).json();
    expect(list.resultaten.map((m: { code: string }) => m.code)).toEqual(['GM0503', 'GM0513']);
    expect(
      (await send('member', 'POST', '/api/v1/leden', { code: 'GM0363', naam: 'Amsterdam' })).statusCode,
    ).toBe(403);
    const added = await send('staff', 'POST', '/api/v1/leden', {
      code: 'GM0363',
      naam: 'Amsterdam',
      inwoners: 931_298,
    });
    expect(added.statusCode).toBe(201);
    expect(
      (await send('staff', 'POST', '/api/v1/leden', { code: 'GM0363', naam: 'Amsterdam' })).statusCode,
    ).toBe(409);
    const updated = await send('staff', 'PATCH', `/api/v1/leden/${added.json().id}`, { inwoners: 940_000 });
    expect(updated.json()).toMatchObject({ code: 'GM0363', inwoners: 940_000, status: 'actief' });
    expect((await get('/api/v1/leden?q=amster')).json().totaal).toBe(1);
  });

  it('versions a resolution, freezes published text, diffs, and adopts', async () => {
    const created = await send('board', 'POST', '/api/v1/resoluties', {
      titel: 'Resolutie Samen bouwen aan goed bestuur',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const v1 = await send('staff', 'POST', `/api/v1/resoluties/${id}/versies`, {
      label: 'concept',
      clausules: [
        { deel: 'overwegingen', soort: 'constaterende-dat', tekst: 'het Rijk bezuinigt' },
        { deel: 'dictum', soort: 'roept-op', tekst: 'het kabinet de afspraken na te komen' },
      ],
    });
    expect(v1.statusCode).toBe(201);
    const version1 = v1.json();
    // A concept resolution is the board's draft: not there for the public, its draft version only for the board.
    expect((await get(`/api/v1/resoluties/${id}/versies`)).statusCode).toBe(404);
    expect((await get(`/api/v1/resoluties/${id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/resoluties/${id}/versies`, 'board')).json().resultaten).toHaveLength(1);
    await send('board', 'POST', `/api/v1/resoluties/${id}/versies/${version1.id}/publiceren`);
    const frozen = await send('staff', 'POST', `/api/v1/resoluties/${id}/versies/${version1.id}/clausules`, {
      deel: 'dictum',
      soort: 'verzoekt',
      tekst: 'nog iets',
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe('version_immutable');
    expect((await get(`/api/v1/resoluties/${id}`)).json().status).toBe('gepubliceerd');
    const v2 = (
      await send('staff', 'POST', `/api/v1/resoluties/${id}/versies`, {
        label: 'geactualiseerd',
        clausules: [
          { deel: 'overwegingen', soort: 'constaterende-dat', tekst: 'het Rijk bezuinigt' },
          {
            deel: 'dictum',
            soort: 'roept-op',
            tekst: 'het kabinet de afspraken uiterlijk 14 april na te komen',
          },
        ],
      })
    ).json();
    await send('board', 'POST', `/api/v1/resoluties/${id}/versies/${v2.id}/publiceren`);
    const diff = (await get(`/api/v1/resoluties/${id}/versies/${v2.id}/verschillen`)).json();
    expect(diff.resultaten.map((d: { soort: string }) => d.soort)).toEqual(['ongewijzigd', 'gewijzigd']);
    expect(
      (await send('member', 'POST', `/api/v1/resoluties/${id}/stemuitslag`, { uitkomst: 'aangenomen' }))
        .statusCode,
    ).toBe(403);
    const adopted = await send('chair', 'POST', `/api/v1/resoluties/${id}/stemuitslag`, {
      uitkomst: 'aangenomen',
      percentage: 98.29,
    });
    expect(adopted.json()).toMatchObject({ status: 'aangenomen', vastgesteldeVersie: v2.id });
    expect(adopted.json().stemuitslag.omschrijving).toBe('aangenomen met 98,29%');
    const after = await send('staff', 'POST', `/api/v1/resoluties/${id}/versies`, {
      label: 'vastgesteld',
      clausules: [],
    });
    expect(after.statusCode).toBe(409);
    const again = await send('chair', 'POST', `/api/v1/resoluties/${id}/stemuitslag`, {
      uitkomst: 'verworpen',
    });
    expect(again.json()).toMatchObject({ code: 'illegal_transition', huidigeStatus: 'aangenomen' });
  });
});
