import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import type { Db } from '../../src/store/database.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { type EngineName, openTestDatabase } from '../support/engines.js';

export type ImportFixture = Awaited<ReturnType<typeof openTestDatabase>> & {
  writer: WriteContext;
  documentsDir: string;
};

/** A fresh migrated database with one organisation and all 342 municipalities as members. */
export async function openImportFixture(engine: EngineName): Promise<ImportFixture> {
  const t = await openTestDatabase(engine);
  const organisation = await createOrganisation(t.db, {
    name: 'Vereniging van Nederlandse Gemeenten',
    slug: 'vng',
    settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
    actor: SYSTEM_ACTOR,
  });
  const writer: WriteContext = {
    organisationId: organisation.id,
    actor: { id: null, label: 'import (test)' },
  };
  await seedMunicipalities(t.db, writer);
  return { ...t, writer, documentsDir: mkdtempSync(join(tmpdir(), 'motiemonitor-originals-')) };
}

const TABLES = [
  'documents',
  'motions',
  'motion_submitters',
  'meetings',
  'resolutions',
  'resolution_versions',
  'clauses',
  'letters',
  'agreements',
  'accountability_rounds',
  'accountability_entries',
  'provenance',
  'audit_events',
] as const;

/** Row counts of the registers the importer writes to. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
