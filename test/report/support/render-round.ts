import { loadAccountabilityReport } from '../../../src/report/load-accountability-report.js';
import type { ReportModel } from '../../../src/report/model.js';
import { openTestDatabase } from '../../support/engines.js';
import { populateRound } from './populate-round.js';
import type { RoundFixture } from './round-fixture.js';

/** Writes the fixture into a fresh SQLite database and loads its report model back; the database is dropped. */
export async function loadFixtureReport(fixture: RoundFixture): Promise<ReportModel> {
  const database = await openTestDatabase('sqlite');
  try {
    const populated = await populateRound(database.db, fixture);
    return await loadAccountabilityReport(database.db, populated.organisationId, {
      roundId: populated.roundId,
    });
  } finally {
    await database.cleanup();
  }
}

/** What the importer should give back per motion, from the round's data. */
export function expectedMotions(model: ReportModel) {
  return model.groups.flatMap((group) =>
    group.motions.map((motion) => ({
      title: motion.title,
      submitters: motion.submitters,
      andOthers: motion.andOthers,
      topic: motion.topic,
      adoptedAt: motion.adoptedAt,
      proposal: motion.proposal,
    })),
  );
}

/**
 * Text compared without layout: list markers, line breaks and spacing differ per format, and the
 * importer drops a space before a comma or semicolon ("(ISK’s); ;" in the seed).
 */
export function comparableText(text: string | null): string {
  return (text ?? '')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-–•]|o)\s+/u, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/(\S) +([,;])/g, '$1$2')
    .trim();
}
