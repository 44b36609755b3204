import type { VoteResult } from '../../../domain/types.js';
import { formatNumber } from '../../format.js';

const percent = (n: number | null) =>
  n === null ? '' : ` (${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2 }).format(n)}%)`;

/** The share of each alternative of a closed multi-alternative vote: "geamendeerd voorstel: gewicht 120 (55,00%)". */
export function AlternativeShares({ result }: { result: VoteResult | null }) {
  const tallies = result?.alternatives?.tallies;
  if (!tallies?.length) return null;
  return (
    <ul className="mm-plain-list mm-alternatives">
      {tallies.map((t) => (
        <li key={t.key}>
          {t.key === result?.alternatives?.winner ? <strong>{t.label}</strong> : t.label}: gewicht{' '}
          {formatNumber(t.weight)}
          {t.key === 'abstain' ? ' (telt niet mee)' : percent(t.percentage)}, {t.members}{' '}
          {t.members === 1 ? 'lid' : 'leden'}
        </li>
      ))}
    </ul>
  );
}
