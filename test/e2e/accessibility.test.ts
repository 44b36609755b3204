import { describe, it } from 'vitest';
import { browserSuite } from '../support/browser-suite.js';
import { expectNoAxeViolations, signInAs } from './browser-session.js';
import { startE2EServer, USERS } from './server.js';

const e2e = browserSuite(() => startE2EServer());

describe('axe finds no WCAG 2.2 AA violations', () => {
  it('on every public page type', async () => {
    const one = e2e.server.one;
    const paths = [
      '/',
      '/moties',
      '/moties?status=aangehouden&status=aangenomen&q=gemeentefinancien',
      `/moties/${await one({ table: 'motions', where: [['status', 'held']] })}`,
      `/moties/${await one({ table: 'motions', where: [['number', '2024/01']] }).catch(() => one({ table: 'motions' }))}`,
      '/resoluties',
      `/resoluties/${await one({ table: 'resolutions', where: [['status', 'adopted']] })}?van=1&naar=3`,
      '/afspraken?verstreken=ja',
      `/afspraken/${await one({ table: 'agreements' })}`,
      '/vergaderingen',
      `/vergaderingen/${await one({ table: 'meetings', where: [['kind', 'alv']] })}`,
      '/ledenbrieven',
      `/ledenbrieven/${await one({ table: 'letters' })}`,
      '/leden?naam=be',
      `/leden/${await one({ table: 'members', where: [['code', 'GM0889']] })}`,
      `/documenten/${await one({ table: 'documents', where: [['kind', 'accountability-report']] })}`,
      '/zoeken?q=woningbouw',
      '/toegankelijkheid',
      '/inloggen',
      '/bestaat-niet',
    ];
    const context = await e2e.browser.newContext({ baseURL: e2e.server.baseUrl });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await context.close();
  }, 240_000);

  it('on every staff page type, forms with errors included', async () => {
    const { context, page } = await signInAs(e2e, USERS.admin);
    const motion = await e2e.server.one({ table: 'motions', where: [['status', 'draft']] });
    const paths = [
      '/beheer',
      '/beheer/moties/nieuw',
      `/beheer/moties/${motion}`,
      `/beheer/moties/${motion}/stemuitslag`,
      `/beheer/moties/${motion}/preadvies`,
      '/beheer/verantwoording',
      `/beheer/verantwoording/${await e2e.server.one({ table: 'accountability_rounds' })}`,
      '/beheer/resoluties/nieuw',
      `/beheer/resoluties/${await e2e.server.one({ table: 'resolutions' })}`,
      `/beheer/afspraken/${await e2e.server.one({ table: 'agreements', where: [['status', 'open']] })}`,
      `/beheer/ledenbrieven/${await e2e.server.one({ table: 'letters' })}`,
      `/beheer/vergaderingen/${await e2e.server.one({ table: 'meetings' })}`,
      '/beheer/documenten/nieuw',
      '/beheer/gebruikers',
      '/beheer/gebruikers/nieuw',
      '/beheer/organisaties',
      '/beheer/organisaties/nieuw',
    ];
    for (const path of paths) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    // A form sent empty: error summary and messages next to the fields.
    await page.goto('/beheer/moties/nieuw');
    await page.getByRole('button', { name: 'Motie aanmaken als concept' }).click();
    await page.getByText('Vul de titel in.').first().waitFor();
    await expectNoAxeViolations(page);
    // A freshly opened round: the workspace with a form per motion.
    await page.goto('/beheer/verantwoording');
    await page.getByLabel('Vergadering').selectOption({ label: 'ALV 2027 (9 juni 2027)' });
    await page.getByRole('button', { name: 'Ronde openen' }).click();
    await page.getByText('De verantwoordingsronde is geopend.').waitFor();
    await expectNoAxeViolations(page);
    // The preview of an upload.
    await page.goto('/beheer/documenten/nieuw');
    await page.getByLabel('Bestand').setInputFiles({
      name: 'motie.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Motie Voorbeeld\n\nDe leden van de VNG, in vergadering bijeen,\nverzoekt het bestuur te testen.\n',
      ),
    });
    await page.getByRole('button', { name: 'Bekijk wat wordt herkend' }).click();
    await page.getByRole('button', { name: 'Bevestigen en importeren' }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  }, 240_000);

  it('on the pages of the board, which may not edit every record', async () => {
    const { context, page } = await signInAs(e2e, USERS.board);
    const open = await e2e.server.one({ table: 'agreements', where: [['status', 'open']] });
    for (const path of ['/beheer', `/beheer/afspraken/${open}`, `/afspraken/${open}`]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await context.close();
  }, 240_000);
});
