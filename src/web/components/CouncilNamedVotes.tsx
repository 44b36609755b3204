import type { BallotChoice } from '../../domain/types.js';
import { ballotChoice } from '../../domain/vocabulary/index.js';
import type { CouncilBallotRecord } from '../../store/repositories/council-votes.js';

export type CouncilNamedVote = { id: string; subject: string; ballots: CouncilBallotRecord[] };

/** How every council member voted (vote by seats): a table per vote, by faction and name. */
export function CouncilNamedVotes({ votes }: { votes: CouncilNamedVote[] }) {
  const named = votes.filter((v) => v.ballots.length > 0);
  if (named.length === 0) return null;
  return (
    <>
      {named.map((vote, index) => (
        <div key={vote.id} className="mm-table-scroll">
          <table className="utrecht-table" aria-labelledby={`raadsstemming-${index}`}>
            <caption id={`raadsstemming-${index}`} className="utrecht-table__caption">
              Hoe elk raadslid stemde: {vote.subject} ({vote.ballots.length} raadsleden,{' '}
              {vote.ballots.filter((b) => b.choice === 'for').length} voor,{' '}
              {vote.ballots.filter((b) => b.choice === 'against').length} tegen)
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Raadslid
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Fractie
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Stem
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {vote.ballots.map((b) => (
                <tr key={b.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{b.personName}</td>
                  <td className="utrecht-table__cell">{b.factionName ?? 'zonder fractie'}</td>
                  <td className="utrecht-table__cell">
                    {ballotChoice.label(b.choice as BallotChoice)}
                    {b.byFaction ? '' : b.factionName ? ' (afwijkend van de fractie of hoofdelijk)' : ''}
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
