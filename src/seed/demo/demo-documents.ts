import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ImportOutcome, importFiles } from '../../importer/persist/import-file.js';
import type { Db } from '../../store/database.js';
import type { OrganisationRecord } from '../../store/repositories/organisations.js';
import { completeDemoRounds } from './demo-accountability.js';
import { DEMO_ACTOR } from './seed-demo.js';

/** Real association documents (two resolutions, a concept resolution, a member letter, an accountability report) shipped with the demo. */
const DOCUMENTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'documents');

/** Imports the bundled source documents through the importer, as staff would; a second run changes nothing. */
export async function importDemoDocuments(
  db: Db,
  organisation: OrganisationRecord,
): Promise<ImportOutcome[]> {
  const files = readdirSync(DOCUMENTS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(DOCUMENTS_DIR, name));
  const outcomes = await importFiles(db, { organisationId: organisation.id, actor: DEMO_ACTOR }, files);
  // The archive's report joins the demo's rounds: one history, and a coming round that misses nothing.
  await completeDemoRounds(db, organisation);
  return outcomes;
}

export function describeDemoImport(outcomes: ImportOutcome[]): string {
  const imported = outcomes.filter((o) => o.status === 'imported').length;
  const failed = outcomes.filter((o) => o.status === 'failed');
  const failures = failed
    .map((o) => (o.status === 'failed' ? `${o.file}: ${o.error.message}` : ''))
    .join('; ');
  return `Brondocumenten: ${imported} geïmporteerd, ${outcomes.length - imported - failed.length} al aanwezig${failed.length ? `, ${failed.length} mislukt (${failures})` : ''}.`;
}
