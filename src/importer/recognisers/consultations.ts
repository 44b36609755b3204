import { type DateContext, findDeadline, findDutchDates } from '../dutch-dates.js';
import { partyOf } from './letter-agreements.js';

/** A consultation a text reports as held: "het Overhedenoverleg van 21 november jl.", "Op 17 maart … tijdens het Overhedenoverleg". */
export type ConsultationMention = { title: string; date: string };

/** An agreement a resolution's preamble states ("… is overeengekomen dat het rijk … vergoedt"). */
export type StatedAgreement = {
  text: string;
  party: string | null;
  due: string | null;
  consultation: ConsultationMention | null;
};

const CONSULTATION = /\b(overhedenoverleg|bestuurlijk overleg financiële verhoudingen)\b/giu;
/** "het volgende Overhedenoverleg (in februari)": one still to come is not reported as held. */
const COMING = /\b(?:volgende?|komende?|eerstvolgende?)\s+$/iu;
const SENTENCE_END = /[.;:!?]\s/u;
/** "Op 17 maart heeft de VNG tijdens het Overhedenoverleg": the earlier date is the consultation's. */
const DURING = /\b(?:tijdens|in|op)\s+het\s+$/iu;
/** Another gathering between that date and the name has the date ("de ledenbijeenkomst op 21 maart … van het Overhedenoverleg"). */
const OTHER_GATHERING = /bijeenkomst|vergadering|\bALV\b|debat|congres/iu;

const flatten = (text: string) => text.replace(/\s+/g, ' ');

function titled(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}

/** Documents of the association that report its consultations (not the news or council texts it may hold). */
const REPORTING_KINDS: ReadonlySet<string> = new Set([
  'member-letter',
  'resolution',
  'accountability-report',
]);

/** The consultations a document of this kind reports (none for kinds that do not report them). */
export function reportedConsultations(
  kind: string,
  text: string,
  context: DateContext = {},
): ConsultationMention[] {
  return REPORTING_KINDS.has(kind) ? findConsultations(text, context) : [];
}

/**
 * The consultations a text reports, with their date: the date right after the name ("Overhedenoverleg
 * van 21 november jl.", "Overhedenoverleg 17 maart") or earlier in the same sentence ("Op 17 maart heeft
 * de VNG tijdens het Overhedenoverleg"). A mention without a day ("in februari 2025") or of a coming
 * one gives none. One per date.
 */
export function findConsultations(text: string, context: DateContext = {}): ConsultationMention[] {
  const flat = flatten(text);
  const dates = findDutchDates(flat, context);
  const found = new Map<string, ConsultationMention>();
  for (const match of flat.matchAll(CONSULTATION)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (COMING.test(flat.slice(Math.max(0, start - 20), start))) continue;
    const after = dates.find((d) => d.index >= end && d.index - end <= 12);
    const before = DURING.test(flat.slice(Math.max(0, start - 12), start))
      ? [...dates].reverse().find((d) => {
          const between = flat.slice(Math.max(0, d.index - 40), start);
          return (
            d.index < start &&
            start - d.index <= 80 &&
            !SENTENCE_END.test(flat.slice(d.index, start)) &&
            !OTHER_GATHERING.test(between)
          );
        })
      : undefined;
    const date = (after ?? before)?.date;
    if (date && !found.has(date)) found.set(date, { title: titled(match[1]), date });
  }
  return [...found.values()];
}

const AGREED = /\b(?:is|zijn|werd|werden|hebben|heeft)?\s*(?:overeengekomen|afgesproken)\s+dat\s+/iu;
const AGREEMENT_NOUN = /\bde\s+afspraak\s+(?:gemaakt\s+)?dat\s+/iu;

/**
 * The agreements the preamble clauses of a resolution state: the words after "is overeengekomen dat"
 * or "de afspraak dat", with the party that has to act, a deadline when the clause names one, and the
 * consultation the clause says it was made in.
 */
export function findStatedAgreements(clauses: string[], context: DateContext = {}): StatedAgreement[] {
  const agreements: StatedAgreement[] = [];
  for (const clause of clauses) {
    const flat = flatten(clause).trim();
    const match = AGREED.exec(flat) ?? AGREEMENT_NOUN.exec(flat);
    if (!match) continue;
    const text = flat
      .slice((match.index ?? 0) + match[0].length)
      .replace(/[;,.\s]+$/u, '')
      .trim();
    if (text.length < 10) continue;
    agreements.push({
      text: text.charAt(0).toUpperCase() + text.slice(1),
      party: partyOf(text),
      due: findDeadline(text, context),
      consultation: findConsultations(flat, context)[0] ?? null,
    });
  }
  return agreements;
}
