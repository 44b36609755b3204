import { voteStatus } from '../../domain/vocabulary/index.js';
import { choiceLabel } from '../../domain/vote-alternatives.js';
import type { MemberBallot } from '../../store/repositories/member-activity.js';
import { formatNumber } from '../format.js';
import { type BallotColumn, BallotTable } from './BallotTable.js';

const COLUMNS: BallotColumn<MemberBallot>[] = [
  {
    header: 'Stemming',
    cell: (b) => (b.motionId ? <a href={`/moties/${b.motionId}`}>{b.voteSubject}</a> : b.voteSubject),
  },
  { header: 'Stem', cell: (b) => choiceLabel(b.choice, b.voteAlternatives) },
  { header: 'Gewicht', numeric: true, cell: (b) => formatNumber(b.weight) },
];

const STATUS_COLUMN: BallotColumn<MemberBallot> = {
  header: 'Stand',
  cell: (b) => voteStatus.label(b.voteStatus).toLowerCase(),
};

/** How one member voted, vote by vote; `withStatus` adds where each vote stands. */
export function MemberBallots({
  ballots,
  caption,
  withStatus = false,
}: {
  ballots: MemberBallot[];
  caption: string;
  withStatus?: boolean;
}) {
  return (
    <BallotTable
      caption={caption}
      columns={withStatus ? [...COLUMNS, STATUS_COLUMN] : COLUMNS}
      rows={ballots}
    />
  );
}
