import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

let portal: PortalFixture;
let staff: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  portal = await startPortal();
  await addUser(portal.ctx, 'admin');
  staff = await signIn(portal.app, 'admin@example.nl');
});
afterAll(async () => {
  await portal?.close();
});

const created = (res: { statusCode: number; headers: Record<string, unknown> }) => {
  expect(res.statusCode).toBe(303);
  return String(res.headers.location).split('?')[0];
};

describe('staff registers', () => {
  it('resolution: create, add versions with clauses, publish, and see the diff', async () => {
    const path = created(
      await staff.post('/beheer/resoluties/nieuw', '/beheer/resoluties/nieuw', {
        title: 'Resolutie portaaltest',
      }),
    );
    const bad = await staff.post(path, `${path}/versies`, { label: 'concept', clauses: 'Dit is geen punt' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('begint niet met constaterende dat');
    const v1 = 'constaterende dat gemeenten te weinig geld hebben;\n\nverzoekt het bestuur te lobbyen.';
    created(await staff.post(path, `${path}/versies`, { label: 'concept', clauses: v1 }));
    const v2 =
      'constaterende dat gemeenten te weinig geld hebben;\n\nverzoekt het bestuur krachtig te lobbyen.';
    created(await staff.post(path, `${path}/versies`, { label: 'geactualiseerd', clauses: v2 }));
    const form = (await staff.get(path)).body;
    for (const m of form.matchAll(/action="(\/beheer\/resoluties\/[^"]+\/publiceren)"/g))
      expect((await staff.post(path, m[1], {})).statusCode).toBe(303);
    const id = path.split('/').pop();
    const page = await portal.app.inject({ method: 'GET', url: `/resoluties/${id}` });
    expect(page.body).toContain('Gewijzigd: ');
    expect(page.body).toContain('krachtig');
  });

  it('refuses a form with text that cannot be stored (NUL) with a Dutch page, storing nothing', async () => {
    const res = await staff.post('/beheer/afspraken/nieuw', '/beheer/afspraken/nieuw', {
      text: 'Afspraak met\u0000NUL',
      party: 'Rijk',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('NUL (U+0000)');
    expect(res.body).toContain('er is niets gewijzigd');
    const stored = await portal.ctx.db
      .selectFrom('agreements')
      .select('id')
      .where('text', 'like', 'Afspraak met%')
      .execute();
    expect(stored).toEqual([]);
  });

  it('agreement: validation, create, status change', async () => {
    const bad = await staff.post('/beheer/afspraken/nieuw', '/beheer/afspraken/nieuw', {
      text: '',
      dueDate: '14 april',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vul afspraak in.');
    expect(bad.body).toContain('als datum');
    expect(bad.body).toContain('value="14 april"');
    const path = created(
      await staff.post('/beheer/afspraken/nieuw', '/beheer/afspraken/nieuw', {
        text: 'Het Rijk levert op',
        party: 'kabinet',
        dueDate: '2027-04-14',
      }),
    );
    created(await staff.post(path, `${path}/stand`, { status: 'fulfilled' }));
    const page = await portal.app.inject({ method: 'GET', url: `/afspraken/${path.split('/').pop()}` });
    expect(page.body).toContain('Nagekomen');
  });

  it('letter with attachment, meeting with agenda item', async () => {
    const letter = created(
      await staff.post('/beheer/ledenbrieven/nieuw', '/beheer/ledenbrieven/nieuw', {
        subject: 'Brief portaaltest',
        date: '2026-11-01',
        number: 'Lbr. 26/099',
      }),
    );
    created(await staff.post(letter, `${letter}/bijlagen`, { attachmentTitle: 'Bijlage A' }));
    expect(
      (await portal.app.inject({ method: 'GET', url: `/ledenbrieven/${letter.split('/').pop()}` })).body,
    ).toContain('Bijlage A');
    const meeting = created(
      await staff.post('/beheer/vergaderingen/nieuw', '/beheer/vergaderingen/nieuw', {
        kind: 'alv',
        title: 'ALV portaaltest',
        date: '2027-06-09',
        startTime: '10:00',
        status: 'planned',
      }),
    );
    created(
      await staff.post(meeting, `${meeting}/agenda`, {
        itemNumber: '1',
        itemTitle: 'Opening',
        purpose: 'information',
      }),
    );
    const page = await portal.app.inject({
      method: 'GET',
      url: `/vergaderingen/${meeting.split('/').pop()}`,
    });
    expect(page.body).toContain('1. Opening');
    // Too long for the register (the API's limits): refused with the message on the record's page, nothing added.
    const tooLong = await staff.post(meeting, `${meeting}/agenda`, {
      itemNumber: '2',
      itemTitle: 'x'.repeat(501),
    });
    expect(String(tooLong.headers.location)).toContain('fout=');
    expect((await staff.get(String(tooLong.headers.location))).body).toContain('hoogstens 500 tekens');
    const attachment = await staff.post(letter, `${letter}/bijlagen`, { attachmentTitle: 'y'.repeat(501) });
    expect(String(attachment.headers.location)).toContain('fout=');
    const after = await portal.app.inject({
      method: 'GET',
      url: `/vergaderingen/${meeting.split('/').pop()}`,
    });
    expect(after.body).not.toContain('2. xxx');
    const bad = await staff.post(meeting, meeting, {
      kind: 'alv',
      title: 'x',
      date: '2027-06-09',
      startTime: '25:00',
      status: 'planned',
    });
    expect(bad.body).toContain('als tijd');
    // An end before the start is refused next to the end time, the typed values kept, nothing stored.
    const reversed = await staff.post(meeting, meeting, {
      kind: 'alv',
      title: 'ALV portaaltest',
      date: '2027-06-09',
      startTime: '14:00',
      endTime: '10:00',
      status: 'planned',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('De eindtijd (10:00) ligt niet na de begintijd (14:00).');
    expect(reversed.body).toContain('href="#veld-endTime"');
    expect(reversed.body).toContain('value="10:00"');
    const kept = await portal.app.inject({
      method: 'GET',
      url: `/vergaderingen/${meeting.split('/').pop()}`,
    });
    expect(kept.body).not.toContain('14:00');
    const fresh = await staff.post('/beheer/vergaderingen/nieuw', '/beheer/vergaderingen/nieuw', {
      kind: 'alv',
      title: 'ALV omgekeerd',
      date: '2027-06-10',
      startTime: '14:00',
      endTime: '10:00',
      status: 'planned',
    });
    expect(fresh.statusCode).toBe(400);
    expect(fresh.body).toContain('ligt niet na de begintijd');
  });
});
