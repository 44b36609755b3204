import type { MotionRecord } from '../types.js';
import { provenance, type RecogniserInput } from './context.js';
import { blankMotion } from './motion-record.js';

/** "de motie-Omtzigt over de klokkenluidersbrief … (21501-20, nr. 1471)", "de motie-Gesthuizen/Sjoerdsma (…)". */
const REFERENCE =
  /\bde\s+(?:gewijzigde\s+|aangehouden\s+)?motie-((?:[\p{Lu}][\p{L}'’-]*(?:\s(?:van|de|der|den|ter|in\s't)\s[\p{Lu}][\p{L}'’-]*)?)(?:\/[\p{Lu}][\p{L}'’-]*(?:\s(?:van|de|der|den|ter)\s[\p{Lu}][\p{L}'’-]*)?)*)(?:\s+over\s+(.+?))?\s*\((\d[\d\s-]*(?:-[\w]+)?),\s*nr\.\s*(\d+)\)/gu;
const DECISION = /\bzodat\s+(?:zij|hij|deze)\s+is\s+(aangenomen|verworpen)\b/i;

/**
 * Layout "parliamentary vote" (Handelingen of the Tweede Kamer): "In stemming komt de motie-Leijten over
 * het oprichten van een organisatiefonds (32371, nr. 2)." … "Ik constateer dat … voor deze motie hebben
 * gestemd …, zodat zij is verworpen." One motion per Kamerstuk number; the decision after a reference is
 * that motion's result. The factions that voted for are no result of their own.
 */
export function readParliamentVotes(input: RecogniserInput): MotionRecord[] {
  const { lines } = input;
  const motions: MotionRecord[] = [];
  let last: MotionRecord | null = null;
  lines.forEach((line, index) => {
    for (const match of line.text.matchAll(REFERENCE)) {
      const number = `${match[3].replace(/\s+/g, ' ').trim()}, nr. ${match[4]}`;
      const known = motions.find((motion) => motion.number === number);
      if (known) {
        last = known;
        if (!known.topic && match[2]) known.topic = match[2].trim();
        continue;
      }
      const submitters = match[1].split('/').map((name) => name.trim());
      const record = blankMotion('', provenance(lines, index, index));
      record.submitters = submitters;
      record.members = [];
      record.topic = match[2]?.trim() ?? null;
      record.title = record.topic ? `motie-${match[1]} over ${record.topic}` : `motie-${match[1]}`;
      record.number = number;
      motions.push(record);
      last = record;
    }
    const decision = DECISION.exec(line.text);
    if (decision && last) {
      (last as MotionRecord).result = decision[1].toLowerCase() as 'aangenomen' | 'verworpen';
      (last as MotionRecord).source = provenance(
        lines,
        lines.findIndex((l) => l.line === (last as MotionRecord).source.lines.from),
        index,
      );
    }
  });
  return motions;
}
