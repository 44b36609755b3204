import { formatVoteResult, type ResultOutcome } from '../domain/vocabulary/index.js';
import type { VoteResult } from './types.js';

export type VoteOutcome = {
  result: VoteResult | null;
  /** "akkoord bij acclamatie", "met algemene stemmen": adopted without a count. */
  byAcclamation?: boolean;
  percentage: number | null;
  parts: { result: VoteResult; percentage: number | null }[];
  preAdvice: string | null;
};

const RESULT_WORDS: [VoteResult, RegExp][] = [
  [
    'aangenomen',
    /\b(aangenomen|akkoord\s+bij\s+acclamatie|(?:bij|per)\s+acclamatie|met\s+algemene\s+stemmen|unaniem|(?:unaniem|breed)\s+gesteund|aanvaard)\b/i,
  ],
  ['verworpen', /\b(verworpen|niet\s+aangenomen|afgewezen|verwierp(?:en)?)\b/i],
  ['ingetrokken', /\bingetrokken\b/i],
  ['aangehouden', /\baangehouden\b/i],
  ['afgedaan', /\bafgedaan\b/i],
];

const ACCLAMATION = /\bacclamatie\b|\bmet\s+algemene\s+stemmen\b|\bunaniem\b/i;
const PERCENTAGE = /(\d{1,3}(?:[.,]\d+)?)\s?(?:%|procent\b)/i;
/** "Uitslag stemming: 99% voor bestuursvoorstel, 1% tegen": a vote by share, adopted with a majority for. */
const SHARE_FOR = /(?:^|[:;,]\s*)(\d{1,3}(?:[.,]\d+)?)\s?(?:%|procent\b)\s+voor\b/i;
const PART = /\b(?:(\d+)\s*(?:e|ste|de)?\s+deel|deel\s+(\d+)|(eerste|tweede|derde|vierde)\s+deel)\b/gi;
/** "Preadvies: overnemen", "preadvies bestuur ontraden", "Advies VNG-bestuur: oordeel vergadering" (a bare "advies" needs its colon). */
const PRE_ADVICE =
  /\b(?:pre-?advies(?:\s+(?:van\s+het\s+)?(?:VNG-)?bestuur)?\s*[:=]?|advies(?:\s+(?:van\s+het\s+)?(?:VNG-)?(?:bestuur|college))?\s*[:=])\s*([^;.\n()]+)/i;

/** The archive's result words as outcomes, so the register words an imported result as it words every result. */
const OUTCOME: Record<VoteResult, ResultOutcome> = {
  aangenomen: 'adopted',
  verworpen: 'rejected',
  aangehouden: 'postponed',
  ingetrokken: 'withdrawn',
  afgedaan: 'settled',
};

/** "aangenomen met 98,29%", "akkoord bij acclamatie": the published wording of an imported result. */
export function wordImportedResult(result: VoteResult, percentage: number | null, byAcclamation: boolean) {
  return formatVoteResult({ outcome: OUTCOME[result], percentage, byAcclamation });
}

function parsePercentage(text: string): number | null {
  const match = PERCENTAGE.exec(text);
  return match ? Number(match[1].replace(',', '.')) : null;
}

/** The first result word in a text and the percentage that goes with it. */
export function parseResult(text: string): { result: VoteResult; percentage: number | null } | null {
  let first: { result: VoteResult; index: number } | null = null;
  for (const [result, pattern] of RESULT_WORDS) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = { result, index: match.index };
  }
  if (!first) return null;
  return { result: first.result, percentage: parsePercentage(text.slice(first.index)) };
}

/** "preadvies: overnemen" → "overnemen"; as written, lower case. */
export function parsePreAdvice(text: string): string | null {
  const match = PRE_ADVICE.exec(text);
  if (!match) return null;
  const advice = match[1].replace(/\s+/g, ' ').trim().toLowerCase();
  // "volgt", "nog niet bekend": the advice is not given yet.
  if (/^(?:volgt|nog\s+niet|n\.?v\.?t|wordt\s+nagezonden|-|–)/.test(advice)) return null;
  const known =
    /^(overnemen|ontraden|oordeel\s+(?:aan\s+de\s+)?(?:vergadering|leden|alv)|aanhouden|aannemen|verwerpen)\b/.exec(
      advice,
    );
  return known
    ? known[1].replace(/oordeel\s+(?:aan\s+de\s+)?(?:vergadering|leden|alv)/, 'oordeel vergadering')
    : advice || null;
}

/** Split a result text into parts: "1e deel aangenomen met 80%; 2e deel aangehouden …". */
function parseParts(text: string): VoteOutcome['parts'] {
  const starts = [...text.matchAll(PART)].map((match) => match.index ?? 0);
  if (starts.length < 2) return [];
  return starts.flatMap((start, index) => {
    const parsed = parseResult(text.slice(start, starts[index + 1] ?? text.length));
    return parsed ? [parsed] : [];
  });
}

/**
 * The outcome of a vote as written in a list or minutes: "aangenomen met 98,29%", "akkoord bij
 * acclamatie" (adopted), "verworpen", and votes in parts. A motion adopted in part counts as
 * adopted; its percentage is then per part only.
 */
export function parseVoteOutcome(text: string): VoteOutcome {
  const preAdvice = parsePreAdvice(text);
  const withoutAdvice = text.replace(PRE_ADVICE, ' ');
  const parts = parseParts(withoutAdvice);
  if (parts.length > 0) {
    const adopted = parts.some((part) => part.result === 'aangenomen');
    return { result: adopted ? 'aangenomen' : parts[0].result, percentage: null, parts, preAdvice };
  }
  const share = SHARE_FOR.exec(withoutAdvice);
  const single =
    parseResult(withoutAdvice) ??
    (share
      ? {
          result: Number(share[1].replace(',', '.')) > 50 ? ('aangenomen' as const) : ('verworpen' as const),
          percentage: Number(share[1].replace(',', '.')),
        }
      : null);
  const outcome: VoteOutcome = {
    result: single?.result ?? null,
    percentage: single?.percentage ?? null,
    parts: [],
    preAdvice,
  };
  if (ACCLAMATION.test(withoutAdvice) && outcome.result === 'aangenomen') outcome.byAcclamation = true;
  return outcome;
}
