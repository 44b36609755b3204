import { parseMeetingRef } from '../meetings.js';
import { isListItem } from '../normalise/line-shapes.js';
import { emptyRecognised, type MeetingRef, type Recognised } from '../types.js';
import { parseVoteOutcome } from '../vote-results.js';
import { provenance, type RecogniserInput } from './context.js';
import { blankMotion } from './motion-record.js';
import { parseMotionReference } from './motion-reference.js';
import { endsAbruptly } from './truncation.js';
import { unmatchedSubmitterWarnings } from './warnings.js';

/** A line that names a motion: a list item or "Motie …" with a quoted title. */
export function isMotionItem(text: string, input: RecogniserInput): boolean {
  if (!isListItem(text) && !/^(?:motie\b|m\d+\b)/i.test(text)) return false;
  return parseMotionReference(text, input.municipalities, input.dates) !== null;
}

/**
 * A list of motions with their results or pre-advice ("aangenomen met 98,29%", "akkoord bij
 * acclamatie", "1e deel aangenomen …; 2e deel aangehouden", "preadvies: overnemen"). Lines that
 * name a meeting ("Najaars ALV 29 november 2024") set the meeting of the motions below them.
 */
export function recogniseMotionList(input: RecogniserInput): Recognised {
  const { lines } = input;
  const out = emptyRecognised();
  let meeting: MeetingRef | null = null;
  const items: { index: number; end: number; meeting: MeetingRef | null }[] = [];
  lines.forEach((line, index) => {
    if (isMotionItem(line.text, input)) {
      items.push({ index, end: index + 1, meeting });
      return;
    }
    const last = items[items.length - 1];
    const ref = parseMeetingRef(line.text, input.dates);
    if (ref?.kind && ref.date && line.text.length <= 120) {
      meeting = ref;
      out.meeting ??= ref;
    } else if (last && last.end === index) last.end = index + 1;
  });
  for (const item of items) {
    const text = lines[item.index].text;
    const reference = parseMotionReference(text, input.municipalities, input.dates)!;
    const attributes = lines.slice(item.index + 1, item.end).map((line) => line.text);
    const outcome = parseVoteOutcome([reference.after, ...attributes].join('; '));
    const record = blankMotion(reference.title, provenance(lines, item.index, item.end - 1));
    const motionMeeting = reference.meeting ?? item.meeting;
    Object.assign(record, {
      submitters: reference.submitters.names,
      andOthers: reference.submitters.andOthers,
      members: reference.submitters.members,
      meeting: motionMeeting,
      adoptedAt: outcome.result === 'aangenomen' ? motionMeeting : null,
      result: outcome.result,
      percentage: outcome.percentage,
      parts: outcome.parts,
      preAdvice: outcome.preAdvice,
    });
    if (outcome.byAcclamation) record.byAcclamation = true;
    if (!outcome.result && !outcome.preAdvice) {
      out.warnings.push(`no-result: Bij motie "${record.title}" staat geen uitslag of preadvies.`);
    }
    out.warnings.push(...unmatchedSubmitterWarnings(record));
    out.motions.push(record);
  }
  const lastLine = lines[lines.length - 1]?.text ?? '';
  const lastItem = items[items.length - 1];
  if (endsAbruptly(lastLine) && (!lastItem || lastItem.end >= lines.length - 1)) {
    out.warnings.push(
      `truncated: De lijst eindigt midden in een regel ("${lastLine.slice(-60)}"); niets is aangevuld.`,
    );
  }
  const titleLine = lines.find((line) => !isMotionItem(line.text, input));
  out.title = titleLine?.text ?? null;
  out.date = out.meeting?.date ?? null;
  return out;
}
