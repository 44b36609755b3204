import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { createAgreement } from '../../src/store/repositories/agreements.js';
import { addProvenance, createDocument } from '../../src/store/repositories/documents.js';
import { createLetter } from '../../src/store/repositories/letters.js';
import { createResolution } from '../../src/store/repositories/resolutions.js';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

let portal: PortalFixture;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

const get = (url: string) => portal.app.inject({ method: 'GET', url });
const first = async <T>(query: () => Promise<T | undefined>): Promise<T> => (await query())!;

describe('detail pages', () => {
  it('motion page shows the timeline with vote percentage, accountability and decisions', async () => {
    const motion = await first(() =>
      portal.ctx.db
        .selectFrom('motions')
        .innerJoin('accountability_entries', 'accountability_entries.motion_id', 'motions.id')
        .select('motions.id')
        .where('motions.status', '=', 'settled')
        .where('motions.by_acclamation', '=', 0)
        .executeTakeFirst(),
    );
    const res = await get(`/moties/${motion.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Verloop');
    expect(res.body).toMatch(/aangenomen met \d+,\d\d%/);
    expect(res.body).toMatch(/(?:ALV|BALV) \d{1,2} \w+ \d{4} · Verantwoording, voorstel van het bestuur: /);
    expect(res.body).toMatch(/(?:ALV|BALV) \d{1,2} \w+ \d{4} · Besluit: afgedaan/);
    expect(res.body).not.toMatch(/>(?:settle|hold|conditional|settled|held)</);
    expect(res.body).toContain('Brondocumenten');
  });

  it('a motion whose text the register lacks says so under its heading, not an empty section', async () => {
    const motion = await first(() =>
      portal.ctx.db
        .selectFrom('motions')
        .select('id')
        .where('title', '=', 'Motie Jeugdzorgkosten')
        .executeTakeFirst(),
    );
    const body = (await get(`/moties/${motion.id}`)).body;
    expect(body).toContain('Tekst van de motie');
    expect(body).toContain('De tekst van deze motie staat (nog) niet in het register.');
  });

  it('hides draft motions from the public', async () => {
    const draft = await first(() =>
      portal.ctx.db.selectFrom('motions').select('id').where('status', '=', 'draft').executeTakeFirst(),
    );
    expect((await get(`/moties/${draft.id}`)).statusCode).toBe(404);
    const title = (
      await portal.ctx.db
        .selectFrom('motions')
        .select('title')
        .where('id', '=', draft.id)
        .executeTakeFirstOrThrow()
    ).title;
    const search = await get(`/zoeken?q=${encodeURIComponent(title)}`);
    expect(search.body).not.toContain(`/moties/${draft.id}`);
    const list = await get(`/moties?q=${encodeURIComponent(title)}`);
    expect(list.body).not.toContain(`/moties/${draft.id}`);
    expect((await get('/moties/not-a-uuid')).statusCode).toBe(404);
  });

  it('resolution page shows clauses and a clause-by-clause diff', async () => {
    const resolution = await first(() =>
      portal.ctx.db.selectFrom('resolutions').select('id').where('status', '=', 'adopted').executeTakeFirst(),
    );
    const res = await get(`/resoluties/${resolution.id}?van=1&naar=3`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Overwegingen');
    expect(res.body).toContain('Van versie 1');
    expect(res.body).toMatch(/<(ins|del)>/);
  });

  it('agreement, meeting, letter, member and document pages render', async () => {
    const { ids } = portal;
    const agreement = await get(`/afspraken/${ids.agreement}`);
    expect(agreement.body).toContain('Termijn verstreken');
    const meeting = await get(`/vergaderingen/${ids.meeting}`);
    expect(meeting.body).toContain('Moties en uitslagen');
    expect(meeting.body).toContain('duurzame gemeentefinanci');
    const letter = await get(`/ledenbrieven/${ids.letter}`);
    expect(letter.body).toContain('Verslag Overhedenoverleg');
    expect(letter.body).toContain('U202500147');
    const member = await get(`/leden/${ids.member}`);
    expect(member.body).toContain('Moties van Beesel');
    const doc = await first(() => portal.ctx.db.selectFrom('documents').select('id').executeTakeFirst());
    expect((await get(`/documenten/${doc.id}`)).body).toContain('regel-1');
  });

  it('an agreement made in a concept resolution names neither the concept nor its source to the public', async () => {
    // As an import of the Word file of a concept resolution leaves it: the concept, the agreement it states,
    // and the document both were drawn from.
    const w = { organisationId: portal.ctx.organisation.id, actor: SYSTEM_ACTOR };
    const concept = await createResolution(portal.ctx.db, w, {
      title: 'Concept-resolutie over de septembercirculaire',
      status: 'draft',
    });
    const agreement = await createAgreement(portal.ctx.db, w, {
      text: 'Het Rijk compenseert de opschalingskorting uiterlijk in de septembercirculaire',
      party: 'Rijk',
      sourceKind: 'resolution',
      resolutionId: concept.id,
    });
    const doc = await createDocument(portal.ctx.db, w, {
      filename: 'concept-resolutie-septembercirculaire.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentHash: 'c'.repeat(64),
      size: 4321,
      kind: 'resolution',
      title: 'Concept-resolutie septembercirculaire',
      text: 'Het Rijk compenseert de opschalingskorting',
      status: 'imported',
    });
    await addProvenance(portal.ctx.db, w, doc.id, [
      { entityKind: 'resolution', entityId: concept.id, fromLine: 1, toLine: 9 },
      { entityKind: 'agreement', entityId: agreement.id, fromLine: 4, toLine: 5 },
    ]);
    expect((await get(`/resoluties/${concept.id}`)).statusCode).toBe(404);
    expect((await get(`/documenten/${doc.id}`)).statusCode).toBe(404);
    const page = await get(`/afspraken/${agreement.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('opschalingskorting');
    expect(page.body).not.toContain(`/resoluties/${concept.id}`);
    expect(page.body).not.toContain('Concept-resolutie');
    expect(page.body).not.toContain(`/documenten/${doc.id}`);
    // The open API does not give the concept's id either, one agreement or in a list.
    const api = (await get(`/api/v1/afspraken/${agreement.id}`)).json() as {
      bron: { resolutie: string | null };
    };
    expect(api.bron.resolutie).toBeNull();
    const listed = (await get('/api/v1/afspraken?q=septembercirculaire')).json() as {
      resultaten: { bron: { resolutie: string | null } }[];
    };
    expect(listed.resultaten.map((a) => a.bron.resolutie)).toEqual([null]);
    // The bureau, who may read concepts, sees both.
    await addUser(portal.ctx, 'staff', 'bureau-afspraak@example.nl');
    const staff = await signIn(portal.app, 'bureau-afspraak@example.nl');
    const seen = await staff.get(`/afspraken/${agreement.id}`);
    expect(seen.body).toContain(`/resoluties/${concept.id}`);
    expect(seen.body).toContain(`/documenten/${doc.id}`);
    expect((await staff.get(`/api/v1/afspraken/${agreement.id}`)).json().bron.resolutie).toBe(concept.id);
  });

  it('lists render: resolutions, agreements (overdue filter), meetings, letters, members', async () => {
    expect((await get('/resoluties')).body).toContain('Resolutie');
    const overdue = await get('/afspraken?verstreken=ja');
    expect(overdue.body).toContain('Termijn verstreken');
    expect(overdue.body).not.toContain('mm-badge--positive');
    expect((await get('/vergaderingen')).body).toContain('Eerdere vergaderingen');
    expect((await get('/ledenbrieven')).body).toContain('Lbr. 25/015');
    const members = await get('/leden?naam=bees');
    expect(members.body).toContain('Beesel');
    expect(members.body).not.toContain('>Utrecht<');
  });

  it("a letter's deadline for its readers shows on the letter's page, not in the agreements' register", async () => {
    const w = { organisationId: portal.ctx.organisation.id, actor: SYSTEM_ACTOR };
    const letter = await createLetter(portal.ctx.db, w, {
      number: 'Lbr. 21/038',
      subject: 'Uitnodiging ALV 2021',
    });
    await createAgreement(portal.ctx.db, w, {
      text: 'U kunt statutair tot uiterlijk donderdag 3 juni a.s. amendementen op voorstellen indienen.',
      dueDate: '2021-06-03',
      kind: 'deadline',
      letterId: letter.id,
      sourceKind: 'letter',
    });
    const page = (await get(`/ledenbrieven/${letter.id}`)).body;
    expect(page).toContain('Termijnen in deze brief');
    expect(page).toContain('amendementen op voorstellen indienen');
    expect(page).not.toContain('Afspraken uit deze brief');
    for (const list of ['/afspraken', '/afspraken?verstreken=ja', '/'])
      expect((await get(list)).body, list).not.toContain('amendementen op voorstellen indienen');
    const api = (await get('/api/v1/afspraken?q=amendementen')).json() as { totaal: number };
    expect(api.totaal).toBe(0);
  });

  it('search finds across kinds with highlighting and ignores diacritics', async () => {
    const res = await get('/zoeken?q=gemeentefinancien');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<mark>gemeentefinanciën</mark>');
    expect(res.body).toMatch(/Moties \(\d+\)/);
    const empty = await get('/zoeken?q=%20');
    expect(empty.body).toContain('Typ een of meer woorden');
  });

  it('has an accessibility statement', async () => {
    const res = await get('/toegankelijkheid');
    expect(res.body).toContain('Toegankelijkheidsverklaring');
    expect(res.body).toContain('WCAG 2.2');
  });
});
