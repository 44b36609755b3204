import type { VoteAlternative, VoteChoice, VoteStatus } from '../../domain/types.js';
import { choiceLabel } from '../../domain/vote-alternatives.js';
import { toCsv } from '../../report/csv.js';

/** One municipality's ballot in one vote, as the open results show it. */
export type NamedVoteLine = {
  voteId: string;
  subject: string;
  voteStatus: VoteStatus;
  meetingId: string | null;
  motionId: string | null;
  memberName: string;
  memberCode: string;
  choice: VoteChoice;
  alternatives?: VoteAlternative[] | null;
  weight: number;
};

const HEADER = [
  'stemming',
  'onderwerp',
  'status',
  'vergadering',
  'motie',
  'gemeente',
  'cbs_code',
  'stem',
  'gewicht',
];

/**
 * Named votes as CSV (RFC 4180, every cell through csvField, so a subject or name that starts with = + - @ is
 * defused; UTF-8 with BOM). The lines come from the read use cases: only what the reader may see.
 */
export function namedVotesCsv(lines: readonly NamedVoteLine[]): string {
  return toCsv([
    HEADER,
    ...lines.map((l) => [
      l.voteId,
      l.subject,
      l.voteStatus === 'published' ? 'gepubliceerd' : 'nog niet gepubliceerd',
      l.meetingId ?? '',
      l.motionId ?? '',
      l.memberName,
      l.memberCode,
      choiceLabel(l.choice, l.alternatives),
      String(l.weight),
    ]),
  ]);
}
