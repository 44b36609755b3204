import { type DateContext, findDeadline } from '../dutch-dates.js';
import { isLabel, isListItem, looksLikeHeading, splitListMarker } from '../normalise/line-shapes.js';
import type { AgreementRecord, LogicalLine } from '../types.js';
import { provenance } from './context.js';

const INTRO = /\b(?:afspraken?|afgesproken|toezeggingen?|overeengekomen)\b[^:]*:$/i;
const ORPHAN_MARKER = /^(?:\d{1,2}[.)]|[-–—•·*])$/;
const ACTOR =
  /^(?:de\s+|het\s+)?((?:staatssecretaris|minister(?:-president)?|kabinet|rijk|rijksoverheid|VNG|IPO|UvW|gemeenten|provincies|waterschappen)(?:\s+van\s+[\p{Lu}][\p{L}&]*)?)\b/iu;
const BETWEEN = /\btussen\s+(?:het\s+|de\s+)?([\p{L}-]+)\s+en\s+(?:de\s+|het\s+)?([\p{L}-]+)/iu;

/** Who has to act: the subject the item starts with, or the parties "tussen rijk en gemeenten". */
export function partyOf(text: string): string | null {
  const actor = ACTOR.exec(text);
  if (actor) return actor[1];
  const between = BETWEEN.exec(text);
  return between ? `${between[1]} en ${between[2]}` : null;
}

type Draft = { parts: string[]; from: number; to: number };

/**
 * Agreements listed after an introduction such as "Tijdens het Overhedenoverleg zijn de volgende
 * afspraken gemaakt:". Items end with ";" and the last with "."; a line in lower case continues
 * the item; list numbers that extraction separated from their items are skipped.
 */
export function findAgreements(lines: LogicalLine[], dates: DateContext): AgreementRecord[] {
  const agreements: AgreementRecord[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (!INTRO.test(lines[start].text) || isListItem(lines[start].text)) continue;
    const drafts: Draft[] = [];
    let i = start + 1;
    for (; i < lines.length && drafts.length < 30; i++) {
      const text = lines[i].text;
      if (ORPHAN_MARKER.test(text)) continue;
      const current = drafts[drafts.length - 1];
      const ended = current ? /[.;]$/.test(current.parts[current.parts.length - 1]) : true;
      if (current && /^\p{Ll}/u.test(text)) {
        current.parts.push(text);
        current.to = i;
        continue;
      }
      const finished = current && /\.$/.test(current.parts[current.parts.length - 1]) && !isListItem(text);
      if (finished || isLabel(text) || (looksLikeHeading(text) && !isListItem(text) && ended)) break;
      if (!current || ended || isListItem(text))
        drafts.push({ parts: [splitListMarker(text).text], from: i, to: i });
      else {
        current.parts.push(text);
        current.to = i;
      }
    }
    for (const draft of drafts) {
      const text = draft.parts
        .join(' ')
        .replace(/[;]\s*$/, '')
        .trim();
      agreements.push({
        text,
        party: partyOf(text),
        due: findDeadline(text, dates),
        source: provenance(lines, draft.from, draft.to),
      });
    }
    start = i - 1;
  }
  return agreements;
}
