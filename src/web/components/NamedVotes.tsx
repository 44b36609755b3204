import type { VoteAlternative } from '../../domain/types.js';
import { choiceLabel } from '../../domain/vote-alternatives.js';
import type { BallotWithMember } from '../../store/repositories/votes.js';
import { formatNumber } from '../format.js';

export type NamedVote = {
  id: string;
  subject: string;
  ballots: BallotWithMember[];
  alternatives?: VoteAlternative[] | null;
};

/** How every municipality voted, where the vote was named: a table per vote, by member name. */
export function NamedVotes({ votes }: { votes: NamedVote[] }) {
  const named = votes.filter((v) => v.ballots.length > 0);
  if (named.length === 0) return null;
  return (
    <>
      {named.map((vote, index) => (
        <div key={vote.id} className="mm-table-scroll">
          <table className="utrecht-table" aria-labelledby={`stemming-${index}`}>
            <caption id={`stemming-${index}`} className="utrecht-table__caption">
              Hoe elke gemeente stemde: {vote.subject} ({vote.ballots.length} leden)
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Gemeente
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Stem
                </th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  Gewicht
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {vote.ballots.map((b) => (
                <tr key={b.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <a href={`/leden/${b.memberId}`}>{b.memberName}</a>
                  </td>
                  <td className="utrecht-table__cell">{choiceLabel(b.choice, vote.alternatives)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatNumber(b.weight)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
