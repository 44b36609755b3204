import { isListItem, splitListMarker } from '../normalise/line-shapes.js';
import type { ClauseRecord, MotionRecord } from '../types.js';
import { provenance, type RecogniserInput } from './context.js';
import { blankMotion } from './motion-record.js';
import { isHeadingLine } from './page-text.js';
import { proseOutcome } from './prose-motions.js';

/**
 * "De Algemene Waterschapspartij – mede ondertekend door alle andere aanwezige fracties – heeft een motie
 * ingediend waarbij het dagelijks bestuur wordt opgeroepen:" and "De fractie van X heeft een motie
 * ingediend waarin het college wordt verzocht:".
 */
const SUBMITTED =
  /^(?:[Dd]e\s+|[Hh]et\s+)?(?:[Ff]ractie\s+van\s+(?:de\s+|het\s+)?)?([\p{Lu}][\p{L}\d'’-]*(?:\s+[\p{Lu}\d][\p{L}\d'’-]*){0,4})\s*(?:[–—-]\s*([^–—]+?)\s*[–—-]\s*|,\s*([^,]+?),\s*)?(?:heeft|hebben)\s+(?:samen\s+met\s+[^,]+\s+)?een\s+motie\s+ingediend\b(.*)$/u;
const KIND: [RegExp, ClauseRecord['kind']][] = [
  [/\bopgeroepen\b|\broept\b|\boproep\b/i, 'calls-on'],
  [/\bopgedragen\b|\bdraagt\b/i, 'instructs'],
  [/\bverzocht\b|\bverzoekt\b|\bgevraagd\b/i, 'requests'],
  [/\buitgesproken\b|\bspreekt\b/i, 'declares'],
];
const ALL_OTHERS = /\b(?:mede\s+)?ondertekend\s+door\s+(?:alle\s+)?(?:andere|overige)\b|\ben\s+anderen\b/i;

/**
 * Layout "motion inside a decision list" (water boards, councils: besluitenlijsten): a sentence that says
 * who submitted a motion and whom it asks, the clauses as bullets under it and the decision in the
 * sentence after them ("De motie wordt door alle aanwezige algemeen bestuursleden aangenomen."). The
 * motion has no title of its own: it is named by its submitter and the agenda item it belongs to.
 */
export function readDecisionMotions(input: RecogniserInput): MotionRecord[] {
  const { lines } = input;
  const motions: MotionRecord[] = [];
  let heading: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (isHeadingLine(text)) heading = text;
    const match = SUBMITTED.exec(text);
    if (!match) continue;
    const submitter = match[1].trim();
    const aside = match[2] ?? match[3] ?? '';
    const kind = KIND.find(([pattern]) => pattern.test(match[4]))?.[1] ?? 'requests';
    const operative: ClauseRecord[] = [];
    let j = i + 1;
    for (; j < lines.length && isListItem(lines[j].text); j++) {
      const item = splitListMarker(lines[j].text);
      operative.push({ kind, text: item.text.replace(/[;,]\s*$/, '').trim(), number: item.number });
    }
    const record = blankMotion(
      `Motie ${submitter}${heading ? ` bij ${heading}` : ''}`,
      provenance(lines, i, j),
    );
    record.submitters = [submitter];
    record.members = [];
    record.andOthers = ALL_OTHERS.test(aside);
    record.topic = heading;
    record.operative = operative;
    const decision = lines[j]?.text ?? '';
    const outcome = /\bmotie\b/i.test(decision) ? proseOutcome(decision) : {};
    record.result = outcome.result ?? null;
    record.preAdvice = outcome.preAdvice ?? null;
    motions.push(record);
    i = j;
  }
  return motions;
}
