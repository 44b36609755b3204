import type { MotionRecord } from '../types.js';

/** Submitters that are not a member municipality, as warnings (a staff member checks them). */
export function unmatchedSubmitterWarnings(record: MotionRecord): string[] {
  return (record.members ?? [])
    .filter((member) => member.code === null)
    .map(
      (member) =>
        `unmatched-submitter: Indiener "${member.name}" van motie "${record.title}" is niet (eenduidig) als gemeente herkend.`,
    );
}
