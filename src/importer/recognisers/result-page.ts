import { parseMeetingRef } from '../meetings.js';
import { splitListMarker } from '../normalise/line-shapes.js';
import type { PartyVocabulary } from '../parties.js';
import type { MeetingRef, MotionRecord, ResolutionRecord } from '../types.js';
import { parseVoteOutcome, type VoteOutcome } from '../vote-results.js';
import { provenance, type RecogniserInput } from './context.js';
import { parseMotionHeading, splitResult } from './motion-heading.js';
import { blankMotion } from './motion-record.js';
import { firstQuoted, hasOpenQuote } from './quotes.js';
import { cutOffTail } from './truncation.js';

/** An item of an assembly's agenda that is no motion or resolution (kept apart, never a motion). */
export type AgendaItem = {
  number: string | null;
  title: string;
  result: string | null;
  percentage: number | null;
};

export type ResultPage = {
  motions: MotionRecord[];
  resolutions: ResolutionRecord[];
  agendaItems: AgendaItem[];
  amendments: { title: string; number: string | null }[];
  meeting: MeetingRef | null;
  /** Entries that had a vote result or an advice (motions, resolutions and agenda items). */
  decided: number;
  /** The last entry, cut off in the middle of its heading: reported, never completed. */
  cutOff: string | null;
};

type Entry = {
  kind: 'motion' | 'resolution' | 'amendment' | 'item';
  number: string | null;
  text: string;
  from: number;
  to: number;
};

/** "Agendapunt 5:", "Agendapunt:", "Punt 3." before the heading in the block layout. */
const AGENDA_LABEL = /^(?:agendapunt|agenda-item|punt)\s*(\d{1,2}[a-z]?)?\s*[:.)-]?\s*/i;
/** Labels of the lines under a heading: the result, the advice, the treatment. */
const ATTRIBUTE =
  /^(?:(?:de|het)\s+(?:raad|gemeenteraad|staten|algemeen\s+bestuur|vergadering)\s+(?:heeft|stemde|stemt|neemt|verwerpt|besluit)\b.*\bmotie\b|de\s+motie\s+(?:is|wordt|werd)\b|uitslag(?:\s+stemming)?|stemming(?:suitslag)?|status|besluit|resultaat|behandeling|(?:pre-?)?advies(?:\s+(?:van\s+het\s+)?(?:VNG-)?bestuur)?|toelichting)\s*:/i;
const DECISION_START =
  /\s(?=(?:De|Het)\s+(?:raad|gemeenteraad|staten|motie|algemeen\s+bestuur|vergadering)\s+(?:heeft|is|wordt|werd|stemde|stemt|neemt|besluit)\b)/;
/**
 * Two entries the extraction joined into one line ("… verworpen, 43,02% voor Motie Zoetermeer - …": the
 * line ended on a word a sentence goes on after): split before the second heading.
 */
const GLUED_HEADING_WORD = /Motie|Resolutie|Amendement/;
function splitGlued(text: string): string[] {
  // Most lines name no second heading at all.
  if (!GLUED_HEADING_WORD.test(text)) return [text];
  const pieces: string[] = [];
  let rest = text;
  for (;;) {
    const next = /\s(?=(?:Motie|Resolutie|Amendement)\s+[\p{Lu}'‘“"])/u.exec(rest.slice(6));
    if (!next) break;
    const at = next.index + 6;
    const head = rest.slice(0, at);
    if (
      !/\d\s?(?:%|procent)|\b(?:aangenomen|verworpen|afgewezen|ingetrokken|aangehouden|acclamatie|overnemen|ontraden)\b/i.test(
        head,
      )
    )
      break;
    pieces.push(head.trim());
    rest = rest.slice(at + 1);
  }
  pieces.push(rest);
  return pieces;
}

const BARE_RESULT =
  /^(?:\d+e\s+deel\s+|gewijzigde\s+versie\s+|unaniem\s+|per\s+|bij\s+)?(?:aangenomen|verworpen|afgewezen|ingetrokken|aangehouden|acclamatie|akkoord)\b/i;

function entryOf(text: string): Omit<Entry, 'from' | 'to'> | null {
  const marker = splitListMarker(text);
  let rest = marker.marker && !marker.number ? marker.text : text;
  let number: string | null = null;
  const label = AGENDA_LABEL.exec(rest);
  if (label && label[0].length > 0 && /^(?:agendapunt|agenda-item|punt)/i.test(rest)) {
    number = label[1] ?? null;
    rest = rest.slice(label[0].length);
  }
  const numbered = /^(\d{1,2}[a-z]?)[.)]\s+(?=\S)/.exec(rest);
  if (numbered) {
    number ??= numbered[1];
    rest = rest.slice(numbered[0].length);
  }
  // "Motie wordt aangenomen …", "Motie van treurnis" and "Motie en indiener:" are sentences and labels, no entries.
  const sentence =
    /^motie\s+(?:en\s+indiener|wordt|werd|is|was|heeft|kan|zal|die|dat|van\s+(?:treurnis|afkeuring|wantrouwen))\b/i;
  if (/^motie\b(?!-)/i.test(rest) && !sentence.test(rest)) return { kind: 'motion', number, text: rest };
  if (/^resolutie\b/i.test(rest)) return { kind: 'resolution', number, text: rest };
  if (/^amendement\b/i.test(rest)) return { kind: 'amendment', number, text: rest };
  if (number !== null && rest.length <= 300) return { kind: 'item', number, text: rest };
  return null;
}

/**
 * Layout "vote-result page and pre-advice list" (VNG uitslagen, ledenraadpleging, preadviezen): every
 * motion, resolution, amendment and agenda item is one entry, as a bullet or numbered line
 * ("• Motie Deventer - regie op warmtetransitie: aangenomen met 99,74%") or as a block
 * ("Agendapunt: 5. Motie …" / "Behandeling: …" / "Status: aangenomen met 95,91%", "Uitslag stemming: 99%
 * voor bestuursvoorstel"). Only entries with a result or an advice count; agenda items stay apart.
 */
export function readResultPage(input: RecogniserInput, parties: PartyVocabulary = new Set()): ResultPage {
  const { lines } = input;
  const entries: Entry[] = [];
  let meeting: MeetingRef | null = null;
  const parts = lines.flatMap((line, index) => splitGlued(line.text).map((text) => ({ text, index })));
  parts.forEach(({ text, index }) => {
    if (!meeting) {
      const ref = parseMeetingRef(text, input.dates);
      if (ref?.kind && ref.date) meeting = ref;
    }
    const last = entries[entries.length - 1];
    if (last && last.to >= index - 1 && (ATTRIBUTE.test(text) || BARE_RESULT.test(text))) {
      last.to = index;
      last.text += `\n${text}`;
      return;
    }
    // Block layout: "Agendapunt 5" alone, the heading on the next line.
    if (
      last &&
      last.to === index - 1 &&
      last.kind === 'item' &&
      /^(?:agendapunt|punt)\s*\d*[:.]?$/i.test(last.text)
    ) {
      const next = entryOf(text);
      if (next) Object.assign(last, { ...next, number: last.number ?? next.number, to: index });
      return;
    }
    const entry = entryOf(text);
    if (entry) entries.push({ ...entry, from: index, to: index });
  });
  const page: ResultPage = {
    motions: [],
    resolutions: [],
    agendaItems: [],
    amendments: [],
    meeting,
    decided: 0,
    cutOff: null,
  };
  for (const entry of entries) {
    const [written, ...attributes] = entry.text.split('\n');
    // A decision sentence the extraction glued to the heading ("… Groep Van De raad heeft de motie …").
    const glued = DECISION_START.exec(written);
    const heading = glued ? written.slice(0, glued.index) : written;
    if (glued) attributes.unshift(written.slice(glued.index + 1));
    const source = provenance(lines, entry.from, entry.to);
    const last = entry.to === lines.length - 1;
    if (
      last &&
      (hasOpenQuote(heading) || cutOffTail(lines.map((line) => line.text)) !== null) &&
      attributes.length === 0
    ) {
      page.cutOff = heading.slice(0, 80);
      continue;
    }
    if (entry.kind === 'motion') {
      const parsed = parseMotionHeading(heading, input.municipalities, input.dates, parties);
      if (!parsed) continue;
      const outcome = parseVoteOutcome([parsed.after, ...attributes].join('; '));
      const record = blankMotion(parsed.title, source);
      Object.assign(record, {
        topic: parsed.topic,
        submitters: parsed.submitters.names,
        andOthers: parsed.submitters.andOthers,
        members: parsed.submitters.members,
        meeting: parsed.meeting ?? meeting,
        result: outcome.result,
        percentage: outcome.percentage,
        parts: outcome.parts,
        preAdvice: outcome.preAdvice,
        adoptedAt: outcome.result === 'aangenomen' ? (parsed.meeting ?? meeting) : null,
      });
      if (outcome.byAcclamation) record.byAcclamation = true;
      if (entry.number) record.agendaItem = entry.number;
      if (parsed.campaign) record.campaign = parsed.campaign;
      if (outcome.result || outcome.preAdvice) page.decided++;
      page.motions.push(record);
      continue;
    }
    const words = entry.kind === 'resolution' ? heading.replace(/^resolutie\s*[:-]?\s*/i, '') : heading;
    const quoted = firstQuoted(words);
    const split = splitResult(words);
    const title = quoted && quoted.before === '' ? quoted.inner : split.title;
    const outcome: VoteOutcome = parseVoteOutcome(
      [quoted && quoted.before === '' ? quoted.after : split.after, ...attributes].join('; '),
    );
    if (outcome.result || outcome.preAdvice) page.decided++;
    if (entry.kind === 'resolution') {
      page.resolutions.push({
        title,
        version: outcome.result === 'aangenomen' ? 'vastgesteld' : null,
        preamble: [],
        operative: [],
        result: outcome.result,
        percentage: outcome.percentage,
        meeting,
        ...(entry.number ? { agendaItem: entry.number } : {}),
        source,
      });
    } else if (entry.kind === 'amendment') {
      page.amendments.push({ title: words.replace(/^amendement\s*/i, ''), number: entry.number });
    } else if (outcome.result) {
      page.agendaItems.push({
        number: entry.number,
        title,
        result: outcome.result,
        percentage: outcome.percentage,
      });
    }
  }
  // The last motion of a page on which every other motion has its outcome, without one of its own and on
  // the last line: the page was cut off in its heading. Reported, never completed.
  const lastMotion = page.motions[page.motions.length - 1];
  const decidedOthers = page.motions.slice(0, -1).filter((m) => m.result || m.preAdvice).length;
  if (
    lastMotion &&
    !lastMotion.result &&
    !lastMotion.preAdvice &&
    lastMotion.source.lines.from === lastMotion.source.lines.to &&
    lastMotion.source.lines.to === lines[lines.length - 1].endLine &&
    decidedOthers >= 2 &&
    decidedOthers === page.motions.length - 1
  ) {
    page.motions.pop();
    page.cutOff = lastMotion.title.slice(0, 80);
  }
  return page;
}
