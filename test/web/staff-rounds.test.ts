import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const meeting = await portal.ctx.db
      .selectFrom('meetings')
      .select('id')
      .where('title', '=', 'ALV juni 2099')
      .executeTakeFirstOrThrow();
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
        proposal: i === 0 ? 'hold' : 'settle',
      });
      expect(res.statusCode).toBe(303);
    }
    // The assembly cannot decide before the board approves: the domain's Dutch wording, above the form.
    const early = await admin.post(path, `${path}/besluiten`, { volgVoorstellen: 'ja' });
    expect(early.body).toContain(
      'De vergadering besluit pas nadat het bestuur de verantwoordingsronde heeft goedgekeurd.',
    );
    expect((await admin.post(path, `${path}/goedkeuren`, {})).statusCode).toBe(303);
    expect((await admin.get(path)).body).toContain('Vastgesteld door het bestuur');

    const docx = await admin.get(`${path}/rapport.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const html = await admin.get(`${path}/rapport.html`);
    expect(html.body).toContain('Het bestuur heeft de motie uitgevoerd (0).');

    const decided = await admin.post(path, `${path}/besluiten`, { volgVoorstellen: 'ja' });
    expect(decided.statusCode).toBe(303);
    const after = (await admin.get(path)).body;
    expect(after).toContain('Besloten door de vergadering');
    expect(after).toContain('Besluit: Aangehouden.');
    expect(after).toContain('Besluit: Afgedaan.');
  });
});
