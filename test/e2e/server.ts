import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../src/app-context.js';
import { hashPassword } from '../../src/auth/index.js';
import { importFile } from '../../src/importer/persist/import-file.js';
import { reindexAll } from '../../src/search/index.js';
import { seedDemo } from '../../src/seed/demo/seed-demo.js';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { buildServer } from '../../src/server.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import type { Clock } from '../../src/store/clock.js';
import { type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createUser } from '../../src/store/repositories/users.js';
import { type BrowserTarget, listenOnFreePort } from '../support/browser-suite.js';

export const PASSWORD = 'e2e-wachtwoord-lang-genoeg';
export const USERS = {
  admin: 'beheerder@example.nl',
  staff: 'medewerker@example.nl',
  board: 'bestuurder@example.nl',
};
const SEED_003 = new URL('../../../shared/seeds/003_8a98aaec6ab95035.txt', import.meta.url);

export type E2EServer = BrowserTarget & {
  /** The server's own context (database, organisation, clock): for what a test does outside the browser. */
  ctx: AppContext;
  one: (sql: OneQuery) => Promise<string>;
};
type OneQuery = {
  table:
    | 'motions'
    | 'resolutions'
    | 'agreements'
    | 'meetings'
    | 'letters'
    | 'members'
    | 'documents'
    | 'accountability_rounds'
    | 'polls';
  where?: [string, string][];
};

/** A fresh SQLite register in its own folder: migrated, the default organisation, all municipalities. */
export type E2ERegister = {
  opened: OpenDatabase;
  organisation: Awaited<ReturnType<typeof ensureOrganisation>>;
  writer: WriteContext;
  dir: string;
};

export async function openE2ERegister(name: string): Promise<E2ERegister> {
  const dir = mkdtempSync(join(tmpdir(), `motiemonitor-${name}-`));
  const opened = await openDatabase(`sqlite:${join(dir, `${name}.db`)}`);
  await migrateToLatest(opened.db);
  const organisation = await ensureOrganisation(opened.db);
  const writer = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
  await seedMunicipalities(opened.db, writer);
  return { opened, organisation, writer, dir };
}

/** The real server on the register, on 127.0.0.1 and a free port; closing it closes the database and its folder. */
export async function serveE2ERegister(
  register: E2ERegister,
  clock?: Clock,
): Promise<BrowserTarget & { ctx: AppContext }> {
  const { opened, organisation, dir } = register;
  const ctx = { db: opened.db, engine: opened.engine, organisation, clock };
  const target = await listenOnFreePort(await buildServer({ ctx }), async () => {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { ...target, ctx };
}

/**
 * The real server (API and portal) on 127.0.0.1 and a free port, on a fresh SQLite file with what `npm start`
 * loads (all municipalities and the demo data), seed 003 imported through the importer, and two accounts.
 */
export async function startE2EServer(options: { clock?: Clock } = {}): Promise<E2EServer> {
  const register = await openE2ERegister('e2e');
  const { opened, organisation, writer } = register;
  process.env.DOCUMENTS_DIR = join(register.dir, 'documents');
  await seedDemo(opened.db, organisation);
  await importFile(opened.db, writer, { name: 'verantwoording-moties.txt', bytes: readFileSync(SEED_003) });
  await createMeeting(opened.db, writer, {
    kind: 'alv',
    title: 'ALV 2027',
    date: '2027-06-09',
    place: 'Utrecht',
  });
  await reindexAll(opened.db, organisation.id);
  const passwordHash = await hashPassword(PASSWORD);
  await createUser(opened.db, writer, {
    email: USERS.admin,
    name: 'Bea Beheer',
    role: 'admin',
    passwordHash,
  });
  await createUser(opened.db, writer, {
    email: USERS.staff,
    name: 'Mees Medewerker',
    role: 'staff',
    passwordHash,
  });
  await createUser(opened.db, writer, {
    email: USERS.board,
    name: 'Bo Bestuur',
    role: 'board',
    passwordHash,
  });
  const served = await serveE2ERegister(register, options.clock);
  return {
    ...served,
    one: async ({ table, where = [] }) => {
      let q = opened.db
        .selectFrom(table)
        .select('id' as never)
        .where('organisation_id' as never, '=', organisation.id as never);
      for (const [column, value] of where) q = q.where(column as never, '=', value as never);
      const row = (await q.executeTakeFirstOrThrow()) as { id: string };
      return row.id;
    },
  };
}
