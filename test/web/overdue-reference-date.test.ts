import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { buildInstallation, type Installation } from '../../src/installation.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { createAgreement } from '../../src/store/repositories/agreements.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

describe.each(ENGINES)("the association's overdue agreements, on %s", (engine) => {
  let cleanup: () => Promise<void>;
  let installation: Installation;
  let base: string;
  let agreementId = '';
  let laterId = '';

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    cleanup = opened.cleanup;
    const { db } = opened;
    const vng = await ensureOrganisation(db, 'vng');
    const w: WriteContext = { organisationId: vng.id, actor: SYSTEM_ACTOR };
    await createMeeting(db, w, { kind: 'alv', title: 'ALV 9 juni 2022', date: '2022-06-09', status: 'held' });
    // A meeting still ahead in the records does not move the date overdue days are counted to.
    await createMeeting(db, w, { kind: 'alv', title: 'ALV 2099', date: '2099-06-10', status: 'planned' });
    agreementId = (
      await createAgreement(db, w, {
        text: 'Het Rijk stelt de middelen voor de jeugdzorg vast',
        party: 'Rijk',
        dueDate: '2022-06-01',
      })
    ).id;
    // Due after the latest meeting held (and long before today): not overdue on that date, anywhere.
    laterId = (
      await createAgreement(db, w, {
        text: 'Het Rijk evalueert de verdeling',
        party: 'Rijk',
        dueDate: '2022-07-01',
      })
    ).id;
    const ctx: AppContext = { db, engine: opened.engine, organisation: vng };
    installation = await buildInstallation({ ctx });
    base = await installation.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await installation?.close();
    await cleanup?.();
  });

  const page = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  it('counts overdue days to the latest meeting held in the records, not to the clock, and says so', async () => {
    const list = await page('/afspraken');
    expect(list).toContain('Stand per <time dateTime="2022-06-09">9 juni 2022</time>');
    expect(list).toContain('8 dagen over tijd');
    expect(list).not.toMatch(/\b\d{3,}(?:\.\d{3})* dagen over tijd/);
    const overdue = await page('/afspraken?verstreken=ja');
    expect(overdue).toContain('Het Rijk stelt de middelen voor de jeugdzorg vast');
    // Every page that counts the days says to which date it counts them.
    const home = await page('/');
    expect(home).toContain('8 dagen over tijd');
    expect(home).toContain(
      'Stand per <time dateTime="2022-06-09">9 juni 2022</time> (de laatst gehouden ALV)',
    );
    expect(await page(`/afspraken/${agreementId}`)).toContain(
      'De termijn is 8 dagen verstreken (stand per <time dateTime="2022-06-09">9 juni 2022</time>, de laatst gehouden ALV).',
    );
  });

  it('the API counts to the same date as the pages and says which (verlopenPer)', async () => {
    const one = await (await fetch(`${base}/api/v1/afspraken/${agreementId}`)).json();
    expect(one).toMatchObject({ verlopen: true, dagenVerlopen: 8, verlopenPer: '2022-06-09' });
    const later = await (await fetch(`${base}/api/v1/afspraken/${laterId}`)).json();
    expect(later).toMatchObject({ verlopen: false, dagenVerlopen: 0, verlopenPer: '2022-06-09' });
    const overdue = (await (await fetch(`${base}/api/v1/afspraken?verlopen=true`)).json()) as {
      resultaten: { id: string }[];
    };
    expect(overdue.resultaten.map((a) => a.id)).toEqual([agreementId]);
    // The pages agree: the later one is open, not over time, on the list filtered on overdue deadlines.
    expect(await page('/afspraken?verstreken=ja')).not.toContain('Het Rijk evalueert de verdeling');
    expect(await page(`/afspraken/${laterId}`)).not.toContain('verstreken');
  });
});
