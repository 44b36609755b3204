import { formatDutchDate } from '../domain/vocabulary/index.js';
import type { CommitmentEntryView } from '../store/repositories/commitment-rounds.js';
import { toCsv } from './csv.js';

/** Words of a commitments report: the council's (raad, college, griffie, toezegging). */
export const PROPOSAL_WORDS: Record<string, string> = { settle: 'afdoen', keep: 'aanhouden' };
export const STATUS_WORDS: Record<string, string> = {
  open: 'open',
  fulfilled: 'afgedaan',
  'partly-fulfilled': 'deels afgedaan',
  withdrawn: 'vervallen',
};

/** The commitments report as CSV (semicolon, as spreadsheets in Dutch read it). */
export function commitmentsCsv(entries: readonly CommitmentEntryView[]): string {
  return toCsv(
    [
      [
        'Nr',
        'Toezegging',
        'Gedaan in',
        'Portefeuillehouder',
        'Termijn',
        'Status',
        'Voorstel college',
        'Toelichting',
        'Besluit raad',
      ],
      ...entries.map((e) => [
        String(e.position),
        e.text,
        e.madeOn ? formatDutchDate(e.madeOn) : '',
        e.portfolioHolder ?? '',
        e.dueDate ? formatDutchDate(e.dueDate) : '',
        STATUS_WORDS[e.status] ?? e.status,
        e.proposal ? PROPOSAL_WORDS[e.proposal]! : '',
        e.explanation ?? '',
        e.decision ? PROPOSAL_WORDS[e.decision]! : '',
      ]),
    ],
    ';',
  );
}
