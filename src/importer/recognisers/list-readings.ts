import { partyVocabulary } from '../parties.js';
import type { MeetingRef, MotionRecord, ResolutionRecord } from '../types.js';
import type { RecogniserInput } from './context.js';
import { readDecisionMotions } from './decision-motion.js';
import { readParliamentVotes } from './parliament-votes.js';
import { readMotionLists, readProseMotions } from './prose-motions.js';
import { readResultPage } from './result-page.js';
import { readRisList } from './ris-list.js';

export type ListLayout =
  | 'result-page'
  | 'ris-list'
  | 'parliament-vote'
  | 'decision-list'
  | 'party-lists'
  | 'prose';

/** What one layout reader found in a document. `isList` says whether it makes the document a motion list. */
export type ListReading = {
  layout: ListLayout;
  motions: MotionRecord[];
  resolutions: ResolutionRecord[];
  meeting: MeetingRef | null;
  isList: boolean;
  warnings: string[];
  extra: Record<string, unknown>;
};

const cache = new WeakMap<object, ListReading[]>();

function reading(
  layout: ListLayout,
  motions: MotionRecord[],
  isList: boolean,
  more: Partial<ListReading> = {},
): ListReading {
  return { layout, motions, resolutions: [], meeting: null, isList, warnings: [], extra: {}, ...more };
}

/**
 * Every list layout's reading of a document (memoised per document). A document is a motion list when
 * a layout finds a list in it: result pages and pre-advice lists with at least one decided motion, RIS
 * tables, parliamentary votes and decision lists with a motion, prose that names two motions or more.
 */
export function readListLayouts(input: RecogniserInput): ListReading[] {
  const known = cache.get(input.lines);
  if (known) return known;
  const parties = partyVocabulary(input.lines.map((line) => line.text));
  const readings: ListReading[] = [];
  const page = readResultPage(input, parties);
  if (page.motions.length > 0 || page.resolutions.length > 0)
    readings.push(
      reading('result-page', page.motions, page.motions.length > 0 && page.decided > 0, {
        resolutions: page.resolutions,
        meeting: page.meeting,
        warnings: page.cutOff
          ? [`truncated: Het laatste punt is afgebroken ("${page.cutOff}"); het is niet overgenomen.`]
          : [],
        extra: { agendaItems: page.agendaItems, amendments: page.amendments },
      }),
    );
  const ris = readRisList(input, parties);
  if (ris)
    readings.push(
      reading('ris-list', ris.motions, true, {
        warnings: ris.cutOff
          ? [`truncated: De laatste rij is afgebroken ("${ris.cutOff}"); die is niet overgenomen.`]
          : [],
      }),
    );
  const votes = readParliamentVotes(input);
  if (votes.length > 0)
    readings.push(
      reading(
        'parliament-vote',
        votes,
        votes.some((motion) => motion.result),
      ),
    );
  const decisions = readDecisionMotions(input);
  if (decisions.length > 0) readings.push(reading('decision-list', decisions, true));
  const lists = readMotionLists(input, parties);
  if (lists.length > 0) readings.push(reading('party-lists', lists, lists.length >= 2));
  const prose = readProseMotions(input, parties);
  if (prose.motions.length > 0) readings.push(reading('prose', prose.motions, prose.motions.length >= 2));
  cache.set(input.lines, readings);
  return readings;
}

/** The reading that makes the document a list (most motions first), or null. */
export function bestListReading(input: RecogniserInput): ListReading | null {
  const lists = readListLayouts(input).filter((candidate) => candidate.isList);
  return lists.sort((a, b) => b.motions.length - a.motions.length)[0] ?? null;
}
