import type { BallotChoice, VoteAlternative } from '../../domain/types.js';
import { ballotChoice } from '../../domain/vocabulary/index.js';
import { choiceLabel } from '../../domain/vote-alternatives.js';
import type { CouncilBallotRecord } from '../../store/repositories/council-votes.js';
import type { BallotWithMember } from '../../store/repositories/votes.js';
import { formatNumber } from '../format.js';
import { type BallotColumn, BallotTable } from './BallotTable.js';

export type NamedVote = {
  id: string;
  subject: string;
  ballots: BallotWithMember[];
  alternatives?: VoteAlternative[] | null;
};

export type CouncilNamedVote = { id: string; subject: string; ballots: CouncilBallotRecord[] };

/** Whose ballots: the association's member municipalities (weighted) or a council's members (by seats). */
export type NamedVotesProps =
  | { by: 'member'; votes: NamedVote[] }
  | { by: 'councillor'; votes: CouncilNamedVote[] };

function memberColumns(vote: NamedVote): BallotColumn<BallotWithMember>[] {
  return [
    { header: 'Gemeente', cell: (b) => <a href={`/leden/${b.memberId}`}>{b.memberName}</a> },
    { header: 'Stem', cell: (b) => choiceLabel(b.choice, vote.alternatives) },
    { header: 'Gewicht', numeric: true, cell: (b) => formatNumber(b.weight) },
  ];
}

const COUNCILLOR_COLUMNS: BallotColumn<CouncilBallotRecord>[] = [
  { header: 'Raadslid', cell: (b) => b.personName },
  { header: 'Fractie', cell: (b) => b.factionName ?? 'zonder fractie' },
  {
    header: 'Stem',
    cell: (b) => (
      <>
        {ballotChoice.label(b.choice as BallotChoice)}
        {b.byFaction ? '' : b.factionName ? ' (afwijkend van de fractie of hoofdelijk)' : ''}
      </>
    ),
  },
];

/** How every voter voted, where the vote was named: a table per vote. */
export function NamedVotes(props: NamedVotesProps) {
  if (props.by === 'member') {
    return (
      <>
        {props.votes
          .filter((v) => v.ballots.length > 0)
          .map((vote, index) => (
            <BallotTable
              key={vote.id}
              captionId={`stemming-${index}`}
              caption={`Hoe elke gemeente stemde: ${vote.subject} (${vote.ballots.length} leden)`}
              columns={memberColumns(vote)}
              rows={vote.ballots}
            />
          ))}
      </>
    );
  }
  return (
    <>
      {props.votes
        .filter((v) => v.ballots.length > 0)
        .map((vote, index) => (
          <BallotTable
            key={vote.id}
            captionId={`raadsstemming-${index}`}
            caption={`Hoe elk raadslid stemde: ${vote.subject} (${vote.ballots.length} raadsleden, ${
              vote.ballots.filter((b) => b.choice === 'for').length
            } voor, ${vote.ballots.filter((b) => b.choice === 'against').length} tegen)`}
            columns={COUNCILLOR_COLUMNS}
            rows={vote.ballots}
          />
        ))}
    </>
  );
}
