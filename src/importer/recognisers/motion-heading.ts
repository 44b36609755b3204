import type { DateContext } from '../dutch-dates.js';
import type { MunicipalityIndex } from '../municipalities.js';
import { type PartyVocabulary, splitTitleAndParties } from '../parties.js';
import { type Submitters, splitSubmitters } from '../submitters.js';
import type { MeetingRef } from '../types.js';
import { parseMotionReference } from './motion-reference.js';

/** What the heading of a motion in a result page or pre-advice list says. */
export type MotionHeading = {
  title: string;
  submitters: Submitters;
  meeting: MeetingRef | null;
  /** The text after the title: a result, a pre-advice, a link label. */
  after: string;
  /** Words after the municipality that name a campaign, not a submitter ("Zoetermeer Raden in Verzet"). */
  campaign: string | null;
  /** The subject before the dash in council lists ("Motie Regionale Opvang Locatie - afspraak is afspraak VVD"). */
  topic: string | null;
  /** Submitters are parties (council lists), not member municipalities. */
  byParties: boolean;
};

const MOTION_WORD = /^(?:motie\s*(?:nr\.?\s*)?(?:[A-Z]{0,3}\d[\w./-]*\s*[:.-]?\s+)?[:.-]?\s*)+/i;
/** Where the result starts after a title: "…: aangenomen met 99,74%", "…, verworpen, 43,02% voor". */
const RESULT_START =
  /\s*[:,;–-]\s*(?=(?:\d+e\s+deel\s+|eerste\s+deel\s+|gewijzigde\s+versie\s+|unaniem\s+|per\s+|bij\s+)?(?:aangenomen|verworpen|afgewezen|ingetrokken|aangehouden|afgedaan|acclamatie|akkoord|(?:pre-?)?advies|uitslag|status|\d{1,3}(?:[.,]\d+)?\s?(?:%|procent)))/i;
const LINK_LABEL = /\s*\((?:pdf|docx?|xlsx?)[^)]*\)/gi;

/** "Zoetermeer Raden in Verzet" → Zoetermeer, with "Raden in Verzet" as a campaign (no submitter). */
function withoutCampaign(
  submitters: Submitters,
  index: MunicipalityIndex,
): { submitters: Submitters; campaign: string | null } {
  if (submitters.names.length !== 1 || submitters.unmatched.length !== 1)
    return { submitters, campaign: null };
  const words = submitters.names[0].split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ');
    const match = index.match(candidate);
    if (match.status === 'matched') {
      return {
        submitters: {
          names: [candidate],
          andOthers: submitters.andOthers,
          members: [{ name: candidate, code: match.municipality.code }],
          unmatched: [],
        },
        campaign: words.slice(n).join(' '),
      };
    }
  }
  return { submitters, campaign: null };
}

/** The leading member names of "Lelystad verlengde onderwijstijd" (no separator): the longest municipality prefix. */
function leadingNames(text: string, index: MunicipalityIndex): { names: string; rest: string } | null {
  const words = text.split(/\s+/);
  for (let n = Math.min(words.length - 1, 8); n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ');
    const parts = splitSubmitters(candidate, index);
    if (parts.names.length > 0 && parts.unmatched.length === 0)
      return { names: candidate, rest: words.slice(n).join(' ') };
  }
  return null;
}

/**
 * Layouts of a motion heading on VNG result pages and pre-advice lists:
 * "Motie Deventer - regie op warmtetransitie: aangenomen met 99,74%" (submitters, dash, title),
 * "Motie Zaanstad 'Luidt de noodklok' aangenomen met 95,91%" (quoted title),
 * "Motie Eindhoven en Groningen – Title" (joined submitters), "Motie Lelystad verlengde onderwijstijd"
 * (no separator: the leading municipality names are the submitters). Null when no title remains.
 */
export function parseMotionHeading(
  text: string,
  municipalities: MunicipalityIndex,
  dates: DateContext,
  parties: PartyVocabulary = new Set(),
): MotionHeading | null {
  const clean = text.replace(LINK_LABEL, '').replace(/\s+/g, ' ').trim();
  if (!MOTION_WORD.test(clean)) return null;
  const body = clean.replace(MOTION_WORD, '').trim();
  const quoted = parseMotionReference(`Motie ${body}`, municipalities, dates);
  if (quoted) {
    const { submitters, campaign } = withoutCampaign(quoted.submitters, municipalities);
    return {
      title: quoted.title,
      submitters,
      meeting: quoted.meeting,
      after: quoted.after,
      campaign,
      topic: null,
      byParties: false,
    };
  }
  const dash = /\s[-–—]\s/.exec(body);
  let submitterText = '';
  let rest = body;
  if (dash) {
    submitterText = body.slice(0, dash.index);
    rest = body.slice(dash.index + dash[0].length);
    // Council decision lists: "<onderwerp> - <titel> <partij>, <partij>"; the left part names no members.
    const left = splitSubmitters(submitterText, municipalities);
    const resultAt = RESULT_START.exec(rest);
    const council = splitTitleAndParties((resultAt ? rest.slice(0, resultAt.index) : rest).trim(), parties);
    if (council && left.unmatched.length > 0) {
      return {
        title: council.title,
        submitters: { names: council.parties, andOthers: false, members: [], unmatched: [] },
        meeting: null,
        after: resultAt ? rest.slice(resultAt.index + resultAt[0].length) : '',
        campaign: null,
        topic: submitterText.trim(),
        byParties: true,
      };
    }
  } else {
    const leading = leadingNames(body, municipalities);
    if (leading) {
      submitterText = leading.names;
      rest = leading.rest;
    }
  }
  const resultAt = RESULT_START.exec(rest);
  const title = (resultAt ? rest.slice(0, resultAt.index) : rest).replace(/[\s:;,]+$/, '').trim();
  if (title.length < 3) return null;
  const after = resultAt ? rest.slice(resultAt.index + resultAt[0].length) : '';
  const { submitters, campaign } = withoutCampaign(
    splitSubmitters(submitterText, municipalities),
    municipalities,
  );
  return { title, submitters, meeting: null, after, campaign, topic: null, byParties: false };
}

/** The title of a resolution or agenda item before its result: "Resolutie Digitale Veiligheid: aangenomen met 100%". */
export function splitResult(text: string): { title: string; after: string } {
  const clean = text.replace(LINK_LABEL, '').replace(/\s+/g, ' ').trim();
  const resultAt = RESULT_START.exec(clean);
  if (!resultAt) return { title: clean.replace(/[\s:;,]+$/, ''), after: '' };
  return {
    title: clean.slice(0, resultAt.index).trim(),
    after: clean.slice(resultAt.index + resultAt[0].length),
  };
}
