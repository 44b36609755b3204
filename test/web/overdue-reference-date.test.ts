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
});
