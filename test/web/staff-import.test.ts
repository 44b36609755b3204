import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

const SEED_003 = new URL('../../../shared/seeds/003_8a98aaec6ab95035.txt', import.meta.url);
const documentsDir = mkdtempSync(join(tmpdir(), 'mm-docs-'));
let portal: PortalFixture;
beforeAll(async () => {
  process.env.DOCUMENTS_DIR = documentsDir;
  portal = await startPortal();
  await addUser(portal.ctx, 'staff');
});
afterAll(async () => {
  await portal?.close();
  rmSync(documentsDir, { recursive: true, force: true });
});

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const boundary = '----mmtest';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="${file.name}"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('document import with preview', () => {
  it('previews seed 003, imports it on confirmation, and search then finds Beesel by "gemeentefinancien"', async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    const page = (await staff.get('/beheer/documenten/nieuw')).body;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1];
    /** Sends a form to the preview, as staff's browser does. */
    const toPreview = (form: ReturnType<typeof multipart>) =>
      portal.app.inject({
        method: 'POST',
        url: '/beheer/documenten/voorbeeld',
        headers: { ...form.headers, cookie: staff.cookie },
        payload: form.payload,
      });
    const empty = multipart({ _csrf: csrf });
    const none = await toPreview(empty);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Kies een bestand');
    // A file that was chosen but is empty is named as such, not taken for no file at all.
    const emptyFile = multipart({ _csrf: csrf }, { name: 'leeg.txt', bytes: Buffer.alloc(0) });
    const blank = await toPreview(emptyFile);
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('Het bestand &#x27;leeg.txt&#x27; is leeg.');
    expect(blank.body).not.toContain('Kies een bestand om te importeren.');
    // What a browser sends when no file was chosen: an empty part without a file name.
    const unchosen = multipart({ _csrf: csrf }, { name: '', bytes: Buffer.alloc(0) });
    const nothing = await toPreview(unchosen);
    expect(nothing.statusCode).toBe(400);
    expect(nothing.body).toContain('Kies een bestand om te importeren.');

    // A form cut off in the middle (no closing boundary) is the sender's error, not a server error.
    const cut = await portal.app.inject({
      method: 'POST',
      url: '/beheer/documenten/voorbeeld',
      headers: { 'content-type': 'multipart/form-data; boundary=xx', cookie: staff.cookie },
      payload: `--xx\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n--xx\r\nContent-Disposition: form-data; name="bestand"; filename="a.txt"\r\n\r\nhallo`,
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.body).toContain('Het formulier is niet volledig aangekomen; er is niets opgeslagen.');

    // A file over the limit is refused with the limit named.
    const huge = multipart(
      { _csrf: csrf },
      { name: 'groot.txt', bytes: Buffer.alloc(26 * 1024 * 1024, 0x61) },
    );
    const tooLarge = await toPreview(huge);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.body).toContain('Het bestand is te groot (maximaal 25 MB); er is niets opgeslagen.');

    // What would be stored is named, also an amendment (not "only the document"), and one motion is "1 motie".
    const amendment = multipart(
      { _csrf: csrf },
      {
        name: 'amendement.txt',
        bytes: Buffer.from(
          [
            'Amendement Ruimte voor de bibliotheek',
            '',
            'De raad van de gemeente Zwolle, in vergadering bijeen op 4 november 2021;',
            'Gehoord de beraadslaging over de Begroting 2022;',
            'Overwegende dat:',
            '- de bibliotheek in Stadshagen nu al te klein is;',
            'Besluit:',
            'in het besluit onder 2 het bedrag van € 50.000 te wijzigen in € 80.000.',
          ].join('\n'),
        ),
      },
    );
    const amending = await toPreview(amendment);
    expect(amending.statusCode).toBe(200);
    expect(amending.body).toContain('Na bevestigen: 1 nieuw amendement');
    expect(amending.body).not.toContain('alleen het document bewaard');
    const single = multipart(
      { _csrf: csrf },
      {
        name: 'uitslag.txt',
        bytes: Buffer.from(
          'Uitslagen moties ALV 26 juni 2024\n\n1. Motie Utrecht “Eén motie” – aangenomen met 70%',
        ),
      },
    );
    const one = await toPreview(single);
    expect(one.body).toContain('>1 motie</h3>');

    // The importer's warnings are shown in Dutch, without their (English) codes.
    const news = multipart(
      { _csrf: csrf },
      { name: 'nieuws.txt', bytes: Buffer.from('Nieuwsbrief\n\nGeen motie, wel tekst om te vinden.') },
    );
    const unknown = await toPreview(news);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('<li>Het soort document is niet herkend');
    expect(unknown.body).not.toContain('not-recognised');

    const body = multipart({ _csrf: csrf }, { name: 'verantwoording.txt', bytes: readFileSync(SEED_003) });
    const preview = await toPreview(body);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Verantwoordingsrapport');
    expect(preview.body).toContain('Beesel');

    const token = /name="token" value="([0-9a-f]{32})"/.exec(preview.body)![1];
    const confirmed = await staff.post('/beheer/documenten/nieuw', '/beheer/documenten/bevestigen', {
      token,
    });
    expect(confirmed.statusCode).toBe(303);
    expect(String(confirmed.headers.location)).toMatch(/^\/documenten\/[0-9a-f-]{36}\?melding=geimporteerd$/);
    const doc = await portal.app.inject({ method: 'GET', url: String(confirmed.headers.location) });
    expect(doc.body).toContain('Het document is geïmporteerd.');

    const search = await portal.app.inject({ method: 'GET', url: '/zoeken?q=gemeentefinancien' });
    expect(search.body).toMatch(/<mark>[Gg]emeentefinanciën<\/mark>/);
    const motions = await portal.app.inject({ method: 'GET', url: '/moties?q=gemeentefinancien' });
    expect(motions.body).toContain('Beesel');
  });
});
