import { parseMeetingRef } from '../meetings.js';
import { splitSubmitters } from '../submitters.js';
import { emptyRecognised, type Recognised } from '../types.js';
import { parseVoteOutcome } from '../vote-results.js';
import { clauseHeading, parseClauses } from './clauses.js';
import { provenance, type RecogniserInput } from './context.js';
import { blankMotion } from './motion-record.js';
import { parseMotionReference } from './motion-reference.js';
import { unmatchedSubmitterWarnings } from './warnings.js';

const ORDER_OF_THE_DAY = /\bgaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b/i;
const SUBMITTERS = /^(?:indieners?|ingediend\s+door|motie\s+van(?:\s+de)?)\b\s*:?\s*/i;
const TITLE = /^(?:titel|motie)\s*:\s*/i;
const OUTCOME_LINE =
  /pre-?advies|uitslag|stemming|acclamatie|^(?:besluit|resultaat)\b|^(?:aangenomen|verworpen|ingetrokken|aangehouden)\b/i;
const SIGNING = /^(?:ondertekend(?:\s+door)?|ondertekening|handtekening(?:en)?)\s*:?\s*/i;
const COUNCIL = /\b(?:de\s+(?:gemeente)?raad|gemeenteraad|raadsvergadering|fractie)\b/i;

function signatoriesOf(texts: string[]): string[] {
  return texts
    .map((text) => text.replace(SIGNING, ''))
    .flatMap((text) => text.split(/\s*;\s*|\s*,\s*(?=\p{Lu})/u))
    .map((name) => name.trim())
    .filter((name) => name.length > 1 && name.length <= 80);
}

/**
 * The text of one motion: title and submitters, the meeting ("in vergadering bijeen op …"),
 * preamble and operative clauses, "en gaat over tot de orde van de dag", signatories, and a
 * pre-advice or result when written on it. A council's motion may be submitted by factions or
 * people; those are not reported as unknown municipalities.
 */
export function recogniseMotion(input: RecogniserInput): Recognised {
  const { lines } = input;
  const out = emptyRecognised();
  const firstClause = lines.findIndex((line) => clauseHeading(line.text) !== null);
  const intro = lines.slice(0, firstClause < 0 ? Math.min(8, lines.length) : firstClause);
  const council =
    lines.some((line) => COUNCIL.test(line.text)) && !lines.some((line) => /\bVNG\b/.test(line.text));
  const record = blankMotion(
    lines[0]?.text.replace(/^motie\s*:?\s*/i, '') ?? '',
    provenance(lines, 0, lines.length - 1),
  );
  for (const line of intro) {
    const reference = parseMotionReference(line.text, input.municipalities, input.dates);
    const meeting = /bijeen|vergader|ALV/i.test(line.text) ? parseMeetingRef(line.text, input.dates) : null;
    if (reference && record.submitters.length === 0) {
      record.title = reference.title;
      record.submitters = reference.submitters.names;
      record.andOthers = reference.submitters.andOthers;
      record.members = reference.submitters.members;
      record.meeting = reference.meeting ?? record.meeting ?? null;
    } else if (SUBMITTERS.test(line.text)) {
      const submitters = splitSubmitters(line.text.replace(SUBMITTERS, ''), input.municipalities);
      record.submitters = submitters.names;
      record.andOthers = submitters.andOthers;
      record.members = submitters.members;
    } else if (TITLE.test(line.text))
      record.title = line.text.replace(TITLE, '').replace(/^[“"']|[”"']$/g, '');
    else if (/^onderwerp\s*:/i.test(line.text)) record.topic = line.text.replace(/^onderwerp\s*:\s*/i, '');
    else if (meeting && !record.meeting) record.meeting = meeting;
  }
  const clauses = firstClause < 0 ? null : parseClauses(lines, firstClause, lines.length, input.vocabulary);
  record.preamble = clauses?.preamble ?? [];
  record.operative = clauses?.operative ?? [];
  const closing = lines.findIndex((line) => ORDER_OF_THE_DAY.test(line.text));
  const afterClauses = lines.slice(closing >= 0 ? closing + 1 : (clauses?.end ?? lines.length));
  record.signatories = signatoriesOf(
    afterClauses.map((line) => line.text).filter((text) => !OUTCOME_LINE.test(text)),
  );
  const outcomeText = [...intro, ...afterClauses]
    .map((line) => line.text)
    .filter((text) => OUTCOME_LINE.test(text))
    .join('; ');
  const outcome = parseVoteOutcome(outcomeText);
  Object.assign(record, { result: outcome.result, percentage: outcome.percentage, parts: outcome.parts });
  record.preAdvice = outcome.preAdvice;
  if (outcome.byAcclamation) record.byAcclamation = true;
  if (record.result === 'aangenomen') record.adoptedAt = record.meeting ?? null;
  if (!council) out.warnings.push(...unmatchedSubmitterWarnings(record));
  if (record.operative.length === 0)
    out.warnings.push('no-operative: De motie heeft geen herkenbaar dictum.');
  out.motions.push(record);
  out.title = record.title;
  out.meeting = record.meeting ?? null;
  out.date = record.meeting?.date ?? null;
  out.extra = { council };
  return out;
}
