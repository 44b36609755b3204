import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { buildInstallation, type Installation } from '../../src/installation.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import type { Db } from '../../src/store/database.js';
import type { OrganisationRecord } from '../../src/store/repositories/organisations.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { addUser, signIn } from '../web/fixtures.js';

/**
 * A council's administrator (its griffie) administers the council, not the installation: the organisations of the
 * installation (list, new, rename) are the default organisation's administrators' pages only. Before, the griffie
 * of a council could rename the association at /o/{slug}/beheer/organisaties/{id}.
 */
describe.each(ENGINES)(
  "a council's administrator cannot manage the installation's organisations, on %s",
  (engine) => {
    let cleanup: () => Promise<void>;
    let db: Db;
    let vng: OrganisationRecord;
    let council: OrganisationRecord;
    let installation: Installation;

    beforeAll(async () => {
      const opened = await openTestDatabase(engine);
      cleanup = opened.cleanup;
      db = opened.db;
      vng = await ensureOrganisation(db, 'vng');
      council = await createOrganisationOfKind(db, {
        kind: 'gemeenteraad',
        name: 'Gemeenteraad van Lindenhout',
        slug: 'lindenhout',
        actor: SYSTEM_ACTOR,
      });
      const ctx: AppContext = { db, engine: opened.engine, organisation: vng };
      await addUser(ctx, 'admin', 'beheer@vng.example');
      await addUser({ ...ctx, organisation: council }, 'admin', 'griffie@lindenhout.example');
      installation = await buildInstallation({ ctx });
    }, 180_000);
    afterAll(async () => {
      await installation?.close();
      await cleanup?.();
    });

    it('gives the griffie no organisations pages and keeps the association as it was', async () => {
      const griffie = await signIn(await installation.appFor(council), 'griffie@lindenhout.example');
      expect((await griffie.get('/beheer')).body).not.toContain('href="/beheer/organisaties"');
      expect((await griffie.get('/beheer/organisaties')).statusCode).toBe(404);
      expect((await griffie.get(`/beheer/organisaties/${vng.id}`)).statusCode).toBe(404);
      const rename = await griffie.post('/beheer', `/beheer/organisaties/${vng.id}`, { name: 'Gekaapt' });
      expect(rename.statusCode).toBe(404);
      const created = await griffie.post('/beheer', '/beheer/organisaties/nieuw', {
        name: 'Nog een raad',
        kind: 'gemeenteraad',
        slug: 'nog-een',
      });
      expect(created.statusCode).toBe(404);
      const rows = await db.selectFrom('organisations').select(['slug', 'name']).orderBy('slug').execute();
      expect(rows).toEqual([
        { slug: 'lindenhout', name: 'Gemeenteraad van Lindenhout' },
        { slug: 'vng', name: 'Vereniging van Nederlandse Gemeenten' },
      ]);
    });

    it("leaves the default organisation's administrator the installation's organisations", async () => {
      const admin = await signIn(await installation.appFor(vng), 'beheer@vng.example');
      expect((await admin.get('/beheer')).body).toContain('href="/beheer/organisaties"');
      const list = await admin.get('/beheer/organisaties');
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('Gemeenteraad van Lindenhout');
      expect((await admin.get(`/beheer/organisaties/${council.id}`)).statusCode).toBe(200);
    });
  },
);
