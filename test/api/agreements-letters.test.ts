import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../src/store/repositories/documents.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

describe.each(ENGINES)('/afspraken, /overleggen, /ledenbrieven, /documenten on %s', (engine) => {
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

  it('records a consultation and its agreements; derives overdue; judges an agreement once', async () => {
    const overleg = await send('staff', 'POST', '/api/v1/overleggen', {
      titel: 'Overhedenoverleg',
      datum: '2025-03-01',
      partijen: ['Rijk', 'VNG', 'IPO', 'UvW'],
      uitkomsten: ['Compensatie jeugdzorg'],
    });
    expect(overleg.statusCode).toBe(201);
    const overlegId = overleg.json().id;
    const late = await send('staff', 'POST', '/api/v1/afspraken', {
      tekst: 'Het Rijk compenseert de jeugdzorgkosten',
      partij: 'Rijk',
      uiterlijkOp: '2020-04-14',
      bron: { soort: 'overleg', overleg: overlegId },
    });
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({
      status: 'open',
      verlopen: true,
      bron: { soort: 'overleg', overleg: overlegId },
    });
    const future = await send('staff', 'POST', '/api/v1/afspraken', {
      tekst: 'Later',
      uiterlijkOp: '2999-01-01',
    });
    expect(future.json().verlopen).toBe(false);
    const overdue = (await get('/api/v1/afspraken?verlopen=true')).json();
    expect(overdue.resultaten.map((a: { id: string }) => a.id)).toEqual([late.json().id]);
    expect((await get(`/api/v1/afspraken?overleg=${overlegId}`)).json().totaal).toBe(1);
    expect(
      (await send('member', 'POST', `/api/v1/afspraken/${late.json().id}/status`, { status: 'nagekomen' }))
        .statusCode,
    ).toBe(403);
    const judged = await send('board', 'POST', `/api/v1/afspraken/${late.json().id}/status`, {
      status: 'gedeeltelijk-nagekomen',
    });
    expect(judged.json()).toMatchObject({ status: 'gedeeltelijk-nagekomen', verlopen: false });
    const again = await send('board', 'POST', `/api/v1/afspraken/${late.json().id}/status`, {
      status: 'nagekomen',
    });
    expect(again.json()).toMatchObject({
      status: 409,
      huidigeStatus: 'gedeeltelijk-nagekomen',
      toegestaneStatussen: [],
    });
    expect(
      (await send('staff', 'PATCH', `/api/v1/afspraken/${late.json().id}`, { tekst: 'x' })).statusCode,
    ).toBe(409);
    expect(
      (await send('staff', 'PATCH', `/api/v1/afspraken/${future.json().id}`, { partij: 'kabinet' })).json()
        .partij,
    ).toBe('kabinet');
    const trail = (await get(`/api/v1/afspraken/${late.json().id}/audittrail`, 'board')).json();
    expect(trail.resultaten.map((e: { actie: string }) => e.actie)).toContain('agreement.status-changed');
  });

  it('registers a member letter with attachments pointing at source documents', async () => {
    const doc = await createDocument(h.ctx.db, h.system, {
      filename: 'lbr-25-015.pdf',
      mediaType: 'application/pdf',
      contentHash: 'a'.repeat(64),
      size: 1234,
      kind: 'letter',
      title: 'Ledenbrief',
      text: 'Geachte leden',
    });
    const letter = await send('staff', 'POST', '/api/v1/ledenbrieven', {
      kenmerk: 'U202500147',
      nummer: 'Lbr. 25/015',
      datum: '2025-05-20',
      onderwerp: 'Verantwoording over uitvoering moties',
      bijlagen: [{ titel: 'Rapport', document: doc.id }],
    });
    expect(letter.statusCode).toBe(201);
    const id = letter.json().id;
    expect(letter.json().bijlagen).toEqual([
      expect.objectContaining({ positie: 1, titel: 'Rapport', document: doc.id }),
    ]);
    const unknown = await send('staff', 'POST', `/api/v1/ledenbrieven/${id}/bijlagen`, {
      titel: 'X',
      document: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(
      (await send('staff', 'POST', `/api/v1/ledenbrieven/${id}/bijlagen`, { titel: 'Bijlage 2' })).statusCode,
    ).toBe(201);
    expect((await get(`/api/v1/ledenbrieven/${id}/bijlagen`)).json()).toMatchObject({ totaal: 2, pagina: 1 });
    expect((await get('/api/v1/ledenbrieven?kenmerk=U202500147')).json().totaal).toBe(1);
    const patched = await send('staff', 'PATCH', `/api/v1/ledenbrieven/${id}`, {
      geadresseerden: 'Aan de leden',
    });
    expect(patched.json().geadresseerden).toBe('Aan de leden');
    const docs = (await get('/api/v1/documenten?soort=letter')).json();
    expect(docs.resultaten[0]).toMatchObject({ bestandsnaam: 'lbr-25-015.pdf', soort: 'letter' });
    expect((await get(`/api/v1/documenten/${doc.id}`)).json().tekst).toBe('Geachte leden');
    expect((await get(`/api/v1/documenten/${doc.id}/herkomst`)).json()).toMatchObject({
      totaal: 0,
      resultaten: [],
    });
    const renamed = await send('staff', 'PATCH', `/api/v1/documenten/${doc.id}`, { titel: 'Lbr. 25/015' });
    expect(renamed.json().titel).toBe('Lbr. 25/015');
    expect((await send('board', 'PATCH', `/api/v1/documenten/${doc.id}`, { titel: 'x' })).statusCode).toBe(
      403,
    );
  });
});
