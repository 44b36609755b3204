import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

describe.each(ENGINES)('/moties on %s', (engine) => {
  let h: Harness;
  let meeting: string;
  const post = (role: Parameters<Harness['as']>[0], url: string, payload?: object) =>
    h.as(role, { method: 'POST', url, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    h = await startHarness(engine);
    meeting = (
      await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: 'ALV juni 2025', date: '2025-06-18' })
    ).id;
  });
  afterAll(async () => h?.close());

  it('lets a member draft a motion for its own municipality and keeps the draft private', async () => {
    const res = await post('member', '/api/v1/moties', {
      titel: 'Nieuwkomersonderwijs',
      onderwerp: 'Onderwijs',
    });
    expect(res.statusCode).toBe(201);
    const motie = res.json();
    expect(motie).toMatchObject({
      status: 'concept',
      indieners: [{ positie: 1, lid: h.members.gouda, naam: 'Gouda' }],
    });
    expect(res.headers.location).toBe(`/api/v1/moties/${motie.id}`);
    expect((await h.as('public', { method: 'GET', url: `/api/v1/moties/${motie.id}` })).statusCode).toBe(404);
    expect((await h.as('otherMember', { method: 'GET', url: `/api/v1/moties/${motie.id}` })).statusCode).toBe(
      404,
    );
    expect((await h.as('member', { method: 'GET', url: `/api/v1/moties/${motie.id}` })).statusCode).toBe(200);
    expect((await h.as('staff', { method: 'GET', url: `/api/v1/moties/${motie.id}` })).statusCode).toBe(200);
    const mine = await h.as('member', { method: 'GET', url: '/api/v1/moties?status=concept' });
    expect(mine.json().resultaten.map((m: { id: string }) => m.id)).toContain(motie.id);
    const publicDrafts = await h.as('public', { method: 'GET', url: '/api/v1/moties?status=concept' });
    expect(publicDrafts.json().totaal).toBe(0);
  });

  it('refuses a member drafting for another municipality (403) and the public (401)', async () => {
    const other = await post('member', '/api/v1/moties', {
      titel: 'X',
      indieners: [{ lid: h.members.utrecht }],
    });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'forbidden', status: 403 });
    expect((await post('public', '/api/v1/moties', { titel: 'X' })).statusCode).toBe(401);
  });

  it('validates input and lists every invalid field', async () => {
    const res = await post('staff', '/api/v1/moties', { titel: '', onbekend: 1, indieners: [{}] });
    expect(res.statusCode).toBe(400);
    const names = res.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['titel', 'onbekend', 'indieners.0']));
    const bad = await h.as('public', { method: 'GET', url: '/api/v1/moties?status=open&limit=1000' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['limit', 'status']);
  });

  it('takes a motion from concept through vote to adopted, and refuses an illegal step with 409', async () => {
    const created = await post('member', '/api/v1/moties', {
      titel: 'Jeugdzorgkosten',
      onderwerp: 'Jeugd',
      oproep: 'verzoekt het bestuur',
    });
    const id = created.json().id;
    expect((await post('otherMember', `/api/v1/moties/${id}/indienen`)).statusCode).toBe(404);
    const submitted = await post('member', `/api/v1/moties/${id}/indienen`, { vergadering: meeting });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'ingediend', vergadering: meeting });
    expect(
      (await post('member', `/api/v1/moties/${id}/stemuitslag`, { uitkomst: 'aangenomen' })).statusCode,
    ).toBe(403);
    const voted = await post('chair', `/api/v1/moties/${id}/stemuitslag`, {
      uitkomst: 'aangenomen',
      percentage: 98.29,
    });
    expect(voted.statusCode).toBe(200);
    expect(voted.json()).toMatchObject({
      status: 'aangenomen',
      stemuitslag: { omschrijving: 'aangenomen met 98,29%', percentage: 98.29, bijAcclamatie: false },
    });
    const illegal = await post('member', `/api/v1/moties/${id}/intrekken`);
    expect(illegal.statusCode).toBe(409);
    expect(illegal.headers['content-type']).toMatch(/problem\+json/);
    expect(illegal.json()).toMatchObject({
      code: 'illegal_transition',
      huidigeStatus: 'aangenomen',
      toegestaneStatussen: ['aangehouden', 'afgedaan'],
    });
    const detail = (await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}` })).json();
    expect(detail.vervolgstappen).toEqual(['aangehouden', 'afgedaan']);
    const history = (
      await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}/statusovergangen` })
    ).json();
    expect(history).toMatchObject({ totaal: 2, pagina: 1 });
    expect(history.resultaten.map((t: { naar: string }) => t.naar)).toEqual(['ingediend', 'aangenomen']);
    const trail = await h.as('staff', { method: 'GET', url: `/api/v1/moties/${id}/audittrail` });
    expect(trail.statusCode).toBe(200);
    expect(trail.json().resultaten.map((e: { actie: string }) => e.actie)).toEqual(
      expect.arrayContaining(['motion.created', 'motion.transitioned']),
    );
    expect(trail.json().resultaten[0].actor.naam).toContain('member@example.nl');
    expect((await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}/audittrail` })).statusCode).toBe(
      401,
    );
  });

  it('postpones, resubmits, adopts by acclamation; withdraws another', async () => {
    const id = (
      await post('staff', '/api/v1/moties', { titel: 'Warmte', indieners: [{ lid: h.members.delft }] })
    ).json().id;
    await post('staff', `/api/v1/moties/${id}/indienen`, { vergadering: meeting });
    expect((await post('chair', `/api/v1/moties/${id}/uitstellen`)).json().status).toBe('uitgesteld');
    expect((await post('staff', `/api/v1/moties/${id}/indienen`)).json().status).toBe('ingediend');
    const bad = await post('chair', `/api/v1/moties/${id}/stemuitslag`, {
      uitkomst: 'verworpen',
      bijAcclamatie: true,
    });
    expect(bad.statusCode).toBe(400);
    const ok = await post('chair', `/api/v1/moties/${id}/stemuitslag`, {
      uitkomst: 'aangenomen',
      bijAcclamatie: true,
    });
    expect(ok.json().stemuitslag).toEqual({
      omschrijving: 'akkoord bij acclamatie',
      percentage: null,
      bijAcclamatie: true,
    });
    const w = (await post('member', '/api/v1/moties', { titel: 'Weg ermee' })).json().id;
    const emptyJson = await h.as('member', {
      method: 'POST',
      url: `/api/v1/moties/${w}/indienen`,
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(emptyJson.json().status).toBe('ingediend');
    const brokenJson = await h.as('member', {
      method: 'POST',
      url: `/api/v1/moties/${w}/intrekken`,
      headers: { 'content-type': 'application/json' },
      payload: '{"reden":',
    });
    expect(brokenJson.statusCode).toBe(400);
    expect(brokenJson.headers['content-type']).toMatch(/problem\+json/);
    expect((await post('member', `/api/v1/moties/${w}/intrekken`, { reden: 'dubbel' })).json().status).toBe(
      'ingetrokken',
    );
  });

  it('edits text only in concept, co-signs, amends and records pre-advice', async () => {
    const id = (await post('member', '/api/v1/moties', { titel: 'Eerst' })).json().id;
    const patched = await h.as('member', {
      method: 'PATCH',
      url: `/api/v1/moties/${id}`,
      payload: { titel: 'Daarna' },
    });
    expect(patched.json().titel).toBe('Daarna');
    await post('member', `/api/v1/moties/${id}/indienen`, { vergadering: meeting });
    const locked = await h.as('member', {
      method: 'PATCH',
      url: `/api/v1/moties/${id}`,
      payload: { titel: 'Later' },
    });
    expect(locked.statusCode).toBe(409);
    const topic = await h.as('staff', {
      method: 'PATCH',
      url: `/api/v1/moties/${id}`,
      headers: { 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ onderwerp: 'Financiën' }),
    });
    expect(topic.json().onderwerp).toBe('Financiën');
    const cosigned = await post('otherMember', `/api/v1/moties/${id}/mede-indienen`);
    expect(cosigned.json().indieners.map((s: { naam: string }) => s.naam)).toEqual(['Gouda', 'Utrecht']);
    expect(
      (await post('otherMember', `/api/v1/moties/${id}/mede-indienen`, { lid: h.members.delft })).statusCode,
    ).toBe(403);
    const amendment = await post('otherMember', `/api/v1/moties/${id}/amendementen`, {
      titel: 'A1',
      tekst: 'Schrap x',
    });
    expect(amendment.statusCode).toBe(201);
    expect(amendment.json().indieners[0].naam).toBe('Utrecht');
    expect(
      (await post('member', `/api/v1/moties/${id}/preadviezen`, { advies: 'ontraden' })).statusCode,
    ).toBe(403);
    const advice = await post('board', `/api/v1/moties/${id}/preadviezen`, { advies: 'oordeel-vergadering' });
    expect(advice.statusCode).toBe(201);
    const detail = (await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}` })).json();
    expect(detail.preadvies.advies).toBe('oordeel-vergadering');
    expect(
      (await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}/amendementen` })).json().resultaten,
    ).toHaveLength(1);
  });

  it('votes in parts: part 1 adopted, part 2 postponed makes the motion adopted', async () => {
    const id = (
      await post('staff', '/api/v1/moties', { titel: 'Delen', indieners: [{ naam: 'Bestuur' }] })
    ).json().id;
    const p1 = (await post('staff', `/api/v1/moties/${id}/delen`, { tekst: 'Deel een' })).json();
    const p2 = (await post('staff', `/api/v1/moties/${id}/delen`, { tekst: 'Deel twee' })).json();
    expect([p1.nummer, p2.nummer]).toEqual([1, 2]);
    await post('staff', `/api/v1/moties/${id}/indienen`, { vergadering: meeting });
    const a = await post('chair', `/api/v1/moties/${id}/delen/${p1.id}/stemuitslag`, {
      uitkomst: 'aangenomen',
      percentage: 80,
    });
    expect(a.json().status).toBe('aangenomen');
    const b = await post('chair', `/api/v1/moties/${id}/delen/${p2.id}/stemuitslag`, {
      uitkomst: 'uitgesteld',
    });
    expect(b.statusCode).toBe(200);
    const parts = (await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}/delen` })).json();
    expect(parts.resultaten.map((p: { status: string }) => p.status)).toEqual(['aangenomen', 'uitgesteld']);
  });

  it('filters, sorts, paginates with Link headers and a total, and exports CSV', async () => {
    for (let i = 0; i < 5; i++) {
      const id = (
        await post('staff', '/api/v1/moties', {
          titel: `Lijst ${i}`,
          onderwerp: 'Lijsttest',
          indieners: [{ lid: h.members.delft }],
        })
      ).json().id;
      await post('staff', `/api/v1/moties/${id}/indienen`, { vergadering: meeting });
    }
    const page = await h.as('public', {
      method: 'GET',
      url: '/api/v1/moties?onderwerp=Lijsttest&sort=titel&limit=2&page=2',
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['x-total-count']).toBe('5');
    expect(page.headers.link).toContain('rel="next"');
    expect(page.headers.link).toContain('rel="prev"');
    expect(page.json()).toMatchObject({ totaal: 5, pagina: 2, limit: 2 });
    expect(page.json().resultaten.map((m: { titel: string }) => m.titel)).toEqual(['Lijst 2', 'Lijst 3']);
    const byMember = await h.as('public', {
      method: 'GET',
      url: '/api/v1/moties?lid=GM0503&status=ingediend&jaar=2025',
    });
    expect(byMember.json().totaal).toBeGreaterThanOrEqual(5);
    const csv = await h.as('public', {
      method: 'GET',
      url: '/api/v1/moties?onderwerp=Lijsttest',
      headers: { accept: 'text/csv' },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.trim().split('\r\n')).toHaveLength(6);
    expect(csv.body).toContain('Lijst 4');
    const xml = await h.as('public', {
      method: 'GET',
      url: '/api/v1/moties',
      headers: { accept: 'application/xml' },
    });
    expect(xml.statusCode).toBe(406);
  });

  it('finds motions by stemmed full text', async () => {
    const id = (
      await post('staff', '/api/v1/moties', {
        titel: 'Duurzame gemeentefinanciën',
        indieners: [{ naam: 'X' }],
      })
    ).json().id;
    await post('staff', `/api/v1/moties/${id}/indienen`, { vergadering: meeting });
    const res = await h.as('public', { method: 'GET', url: '/api/v1/moties?q=gemeentefinancien' });
    expect(res.json().resultaten.map((m: { id: string }) => m.id)).toEqual([id]);
  });
});
