import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editAccountabilityRound } from '../../src/services/accountability/edit-accountability-round.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { createLetter } from '../../src/store/repositories/letters.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

let portal: PortalFixture;
beforeAll(async () => {
  portal = await startPortal();
  await addUser(portal.ctx, 'admin');
});
afterAll(async () => {
  await portal?.close();
});

const entryIds = (html: string) =>
  [...html.matchAll(/action="\/beheer\/verantwoording\/[^/]+\/punten\/([0-9a-f-]{36})#/g)].map((m) => m[1]);

describe('accountability round workspace', () => {
  it('opens a round, writes entries, approves, records decisions and downloads the report', async () => {
    const admin = await signIn(portal.app, 'admin@example.nl');
    // A meeting that has taken place, after every decided round of the demo and before its coming one.
    const meeting = await createMeeting(
      portal.ctx.db,
      { organisationId: portal.ctx.organisation.id, actor: SYSTEM_ACTOR },
      { kind: 'extra-alv', title: 'Extra ALV november 2026', date: '2026-11-20' },
    );
    const missing = await admin.post('/beheer/verantwoording', '/beheer/verantwoording', { meetingId: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Kies de vergadering.');
    const opened = await admin.post('/beheer/verantwoording', '/beheer/verantwoording', {
      meetingId: meeting.id,
    });
    expect(opened.statusCode).toBe(303);
    const path = String(opened.headers.location).split('?')[0];
    const page = (await admin.get(path)).body;
    expect(page).toContain('open moties');
    expect(page).toContain('Alle open moties staan in deze ronde.');
    expect(page).toContain('Samenvatting en voorstel aan de leden');
    const counted = await admin.post(path, `${path}/teksten`, {
      summary: 'Het bestuur legt verantwoording af over 2 moties.',
      proposalText: 'Het bestuur stelt voor in te stemmen.',
      reportDate: '2026-10-01',
    });
    expect(counted.statusCode).toBe(400);
    expect(counted.body).toContain('Laat het aantal weg');
    const texts = await admin.post(path, `${path}/teksten`, {
      summary: 'Het bestuur legt verantwoording af.',
      proposalText: 'Het bestuur stelt voor in te stemmen.',
      reportDate: '2026-10-01',
    });
    expect(texts.statusCode).toBe(303);
    // The board's meeting: four weeks before the assembly unless staff set it; a week before it, a reminder.
    expect(page).toContain('Bestuursvergadering');
    expect(page).toContain('Leeg: 23 oktober 2026.');
    const badBoard = await admin.post(path, `${path}/teksten`, {
      summary: 'Het bestuur legt verantwoording af.',
      boardMeetingDate: 'volgende week',
    });
    expect(badBoard.statusCode).toBe(400);
    expect(badBoard.body).toContain('Geef de datum als dag-maand-jaar');
    const board = await admin.post(path, `${path}/teksten`, {
      summary: 'Het bestuur legt verantwoording af.',
      proposalText: 'Het bestuur stelt voor in te stemmen.',
      reportDate: '2026-10-01',
      boardMeetingDate: '2026-10-20',
    });
    expect(board.statusCode).toBe(303);
    const api = await admin.get(`/api/v1/verantwoordingsrondes/${path.split('/').pop()}`);
    expect(JSON.parse(api.body)).toMatchObject({
      bestuursvergadering: '2026-10-20',
      rapportdatum: '2026-10-01',
    });
    expect((await admin.get(path)).body).toContain('value="2026-10-20"');
    const ids = entryIds(page);
    expect(ids.length).toBeGreaterThan(3);

    const invalid = await admin.post(path, `${path}/punten/${ids[0]}`, {
      text: 'Half werk',
      proposal: 'conditional',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Schrijf de voorwaarde');
    expect(invalid.body).toContain('Half werk');

    for (const [i, id] of ids.entries()) {
      const res = await admin.post(path, `${path}/punten/${id}`, {
        text: `Het bestuur heeft de motie uitgevoerd (${i}).`,
        proposal: i === 0 ? 'hold' : i === 1 ? 'conditional' : 'settle',
        condition: i === 1 ? 'aanhouden, tenzij het akkoord wordt ondertekend' : '',
      });
      expect(res.statusCode).toBe(303);
    }
    // The assembly cannot decide before the board approves: the domain's Dutch wording, above the form.
    const early = await admin.post(path, `${path}/besluiten`, { volgVoorstellen: 'ja' });
    expect(early.body).toContain(
      'De vergadering besluit pas nadat het bestuur de verantwoordingsronde heeft goedgekeurd.',
    );
    expect((await admin.post(path, `${path}/goedkeuren`, {})).statusCode).toBe(303);
    const fixedPage = (await admin.get(path)).body;
    expect(fixedPage).toContain('Vastgesteld door het bestuur');
    // The approved texts are shown, not offered for editing; the report date still can change, the texts stay.
    expect(fixedPage).toContain('Het bestuur heeft deze teksten goedgekeurd; ze liggen vast.');
    expect(fixedPage).not.toContain('name="summary"');
    expect((await admin.post(path, `${path}/teksten`, { reportDate: '2026-10-01' })).statusCode).toBe(303);
    const reworded = await admin.post(path, `${path}/teksten`, { summary: 'Iets anders.' });
    expect(reworded.statusCode).toBe(400);
    expect(reworded.body).toContain('de titel, de samenvatting en het voorstel aan de leden liggen vast');
    const kept = (await admin.get(`/api/v1/verantwoordingsrondes/${path.split('/').pop()}`)).json();
    expect(kept).toMatchObject({
      samenvatting: 'Het bestuur legt verantwoording af.',
      voorstelTekst: 'Het bestuur stelt voor in te stemmen.',
    });

    const docx = await admin.get(`${path}/rapport.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const html = await admin.get(`${path}/rapport.html`);
    expect(html.body).toContain('Het bestuur heeft de motie uitgevoerd (0).');
    expect(html.body).toContain('Datum rapport:</dt><dd>1 oktober 2026');
    expect(html.body).toMatch(/Deze verantwoording betreft \d+ moties/);
    expect(html.headers['content-security-policy']).toMatch(/style-src 'sha256-/);

    const approvedPage = (await admin.get(path)).body;
    expect(approvedPage).toContain('Eén voorstel is voorwaardelijk en vraagt een eigen besluit');
    const refused = await admin.post(path, `${path}/besluiten`, { volgVoorstellen: 'ja' });
    expect(refused.statusCode).toBe(400);
    // One conditional proposal: "vraagt een eigen besluit" (not "vraagt elk", which is for several).
    expect(refused.body).toContain('het voorwaardelijke voorstel bij');
    expect(refused.body).toContain('vraagt een eigen besluit (aangehouden of afgedaan)');
    expect(refused.body).not.toContain('vraagt elk');
    const decided = await admin.post(path, `${path}/besluiten`, {
      volgVoorstellen: 'ja',
      [`besluit-${ids[1]}`]: 'held',
      uitkomst: 'aangenomen',
      percentage: '97,63',
    });
    expect(decided.statusCode).toBe(303);
    const after = (await admin.get(path)).body;
    expect(after).toContain('Besloten door de vergadering');
    expect(after).toContain('Besluit: Aangehouden.');
    expect(after).toContain('Besluit: Afgedaan.');
    expect(after).toContain('aangenomen met 97,63%');
    // The public meeting page words the vote as it went, also when it was not "in favour".
    const roundApi = JSON.parse(
      (await admin.get(`/api/v1/verantwoordingsrondes/${path.split('/').pop()}`)).body,
    );
    const meetingPage = (
      await portal.app.inject({ method: 'GET', url: `/vergaderingen/${roundApi.vergadering}` })
    ).body;
    expect(meetingPage).toContain('stemming over de verantwoording als geheel: aangenomen met 97,63%');
    expect(meetingPage).not.toContain('stemde in');
  });

  it('links the member letter a round goes with, audited, and the report cover names it', async () => {
    const admin = await signIn(portal.app, 'admin@example.nl');
    const w = { organisationId: portal.ctx.organisation.id, actor: SYSTEM_ACTOR };
    const meeting = await createMeeting(portal.ctx.db, w, {
      kind: 'extra-alv',
      title: 'Extra ALV december 2026',
      date: '2026-12-02',
    });
    const letter = await createLetter(portal.ctx.db, w, {
      reference: 'U202600481',
      number: 'Lbr. 26/058',
      date: '2026-11-04',
      subject: 'Uitnodiging Extra ALV december 2026',
    });
    const opened = await admin.post('/beheer/verantwoording', '/beheer/verantwoording', {
      meetingId: meeting.id,
    });
    const path = String(opened.headers.location).split('?')[0];
    const roundId = path.split('/').pop()!;
    const page = (await admin.get(path)).body;
    expect(page).toContain('<label');
    expect(page).toContain('Ledenbrief');
    expect(page).toContain('Geen ledenbrief');
    expect(page).toContain('Lbr. 26/058 · Uitnodiging Extra ALV december 2026 (4 november 2026)');

    // A letter that is not in the list is refused with a clear message, and nothing changes.
    const bad = await admin.post(path, `${path}/teksten`, {
      summary: 'Het bestuur legt verantwoording af.',
      letterId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies een ledenbrief uit de lijst.');
    const before = JSON.parse((await admin.get(`/api/v1/verantwoordingsrondes/${roundId}`)).body);
    expect(before.ledenbrief).toBeNull();
    await expect(
      editAccountabilityRound({
        db: portal.ctx.db,
        writer: w,
        roundId,
        changes: { letterId: '00000000-0000-4000-8000-000000000000' },
      }),
    ).rejects.toThrow('Ledenbrief 00000000-0000-4000-8000-000000000000 bestaat niet.');

    const linked = await admin.post(path, `${path}/teksten`, {
      summary: 'Het bestuur legt verantwoording af.',
      letterId: letter.id,
    });
    expect(linked.statusCode).toBe(303);
    const api = JSON.parse((await admin.get(`/api/v1/verantwoordingsrondes/${roundId}`)).body);
    expect(api.ledenbrief).toBe(letter.id);
    const audit = await portal.ctx.db
      .selectFrom('audit_events')
      .select(['new_values'])
      .where('action', '=', 'accountability-round.updated')
      .where('entity_id', '=', roundId)
      .execute();
    expect(audit.some((a) => (a.new_values ?? '').includes(letter.id))).toBe(true);
    const html = (await admin.get(`${path}/rapport.html`)).body;
    expect(html).toContain(
      'Ledenbrief:</dt><dd>Lbr. 26/058, “Uitnodiging Extra ALV december 2026” van 4 november 2026</dd>',
    );
    // No report date set: the cover is dated by the letter.
    expect(html).toContain('Datum rapport:</dt><dd>4 november 2026</dd>');
    expect((await admin.get(path)).body).toMatch(/<option value="[^"]+"[^>]* selected=""[^>]*>Lbr\. 26\/058/);

    // Staff can unlink it again.
    const unlinked = await admin.post(path, `${path}/teksten`, {
      summary: 'Het bestuur legt verantwoording af.',
      letterId: '',
    });
    expect(unlinked.statusCode).toBe(303);
    expect(
      JSON.parse((await admin.get(`/api/v1/verantwoordingsrondes/${roundId}`)).body).ledenbrief,
    ).toBeNull();
  });
});
