import { formatNumber } from '../format.js';

type ResultCountProps = {
  total: number;
  page: number;
  pageSize: number;
  shown: number;
  one: string;
  many: string;
  /** `total` is a lower bound ("meer dan 1.000 resultaten"): a common word is counted only so far. */
  totalIsLowerBound?: boolean;
};

/** "128 moties; 26–50 getoond, pagina 2 van 6." */
export function ResultCount({
  total,
  page,
  pageSize,
  shown,
  one,
  many,
  totalIsLowerBound,
}: ResultCountProps) {
  if (total === 0) return <p className="mm-meta">Geen {many} gevonden.</p>;
  const first = (page - 1) * pageSize + 1;
  const pages = totalIsLowerBound ? 0 : Math.ceil(total / pageSize);
  const range = shown > 0 ? `; ${formatNumber(first)}–${formatNumber(first + shown - 1)} getoond` : '';
  return (
    <p className="mm-meta">
      {totalIsLowerBound
        ? `Meer dan ${formatNumber(total)} ${many}`
        : `${formatNumber(total)} ${total === 1 ? one : many}`}
      {range}
      {pages > 1 ? `, pagina ${page} van ${formatNumber(pages)}` : ''}
      {totalIsLowerBound ? `, pagina ${page}` : ''}.
    </p>
  );
}
