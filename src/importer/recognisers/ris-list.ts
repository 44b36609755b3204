import { findDutchDates } from '../dutch-dates.js';
import { type PartyVocabulary, splitTitleAndParties } from '../parties.js';
import type { MotionRecord } from '../types.js';
import { parseVoteOutcome } from '../vote-results.js';
import { provenance, type RecogniserInput } from './context.js';
import { blankMotion } from './motion-record.js';

/** Motion numbers of council information systems: "2019-M0008", "M2019-12", "2024M17", "M-42". */
const ROW_NUMBER = /(?:^|\s)(\d{4}-?M\d{1,4}|M\d{4}-\d{1,4}|M-?\d{1,4}[a-z]?)(?=\s|$)/g;
/** Where the decision or state of a row begins, after title and parties. */
const STATUS =
  /\s(?=(?:Aangenomen|Verworpen|Aangehouden|Ingetrokken|Afgedaan|Overgenomen|Ingediend|Vervallen|De\s+motie|Motie\s+is|Staat|Wacht|In\s+behandeling)\b)/;

export type RisList = { motions: MotionRecord[]; cutOff: string | null };

/**
 * Layout "RIS motion list" (raad.zutphen.nl and other council sites, a flattened table): each row is a
 * motion number, the submission date in brackets and "Motie: <titel> <partij>, <partij> <besluit of
 * stand van zaken>" with no separator between title and the first party. Only a decision is a result
 * ("Aangenomen (08-04-2019)"); a state ("staat geagendeerd", "wacht op agendering") is none. A last row
 * without its parties is cut off: it is reported, not completed.
 */
export function readRisList(input: RecogniserInput, parties: PartyVocabulary): RisList | null {
  const { lines } = input;
  const text = lines.map((line) => line.text).join('\n');
  const starts = [...text.matchAll(ROW_NUMBER)].map((match) => ({
    number: match[1],
    at: (match.index ?? 0) + match[0].indexOf(match[1]),
  }));
  const shapes = new Set(starts.map((start) => start.number.replace(/\d/g, '9')));
  if (starts.length < 2 || shapes.size > 2) return null;
  const list: RisList = { motions: [], cutOff: null };
  starts.forEach((start, index) => {
    const row = text.slice(start.at + start.number.length, starts[index + 1]?.at ?? text.length).trim();
    const motion = /^\(?([\d-/.]+)?\)?\s*(?:motie\s*:?\s*)(.*)$/is.exec(row.replace(/\s+/g, ' '));
    if (!motion) return;
    const body = motion[2];
    const statusAt = STATUS.exec(body);
    const head = statusAt ? body.slice(0, statusAt.index) : body;
    const status = statusAt ? body.slice(statusAt.index + 1) : '';
    const split = splitTitleAndParties(head.trim(), parties);
    const lineIndex = lines.findIndex((line) => line.text.includes(start.number));
    if (!split) {
      if (index === starts.length - 1)
        list.cutOff = `${start.number} ${row}`.replace(/\s+/g, ' ').slice(0, 80);
      return;
    }
    const outcome = parseVoteOutcome(status);
    const record = blankMotion(split.title, provenance(lines, lineIndex, lineIndex));
    record.submitters = split.parties;
    record.members = [];
    record.number = start.number;
    record.submittedOn = findDutchDates(motion[1] ?? '')[0]?.date ?? null;
    // "Status: Overgenomen": the college takes the motion over, which is advice, not a vote.
    const overgenomen = /^overgenomen\b/i.test(status);
    record.result = overgenomen ? null : outcome.result;
    record.preAdvice = overgenomen ? 'overnemen' : outcome.preAdvice;
    record.percentage = outcome.percentage;
    const decided = findDutchDates(status.slice(0, 30))[0]?.date ?? null;
    if (record.result && decided) record.meeting = { kind: 'raadsvergadering', date: decided };
    list.motions.push(record);
  });
  return list.motions.length > 0 ? list : null;
}
