import { formatNumber, formatPercent } from '../format.js';

export type BarDatum = { label: string; value: number; href?: string; tone?: 'default' | 'old' };

type BarChartProps = {
  id: string;
  title: string;
  /** Column headings of the table alternative. */
  labelHeading: string;
  valueHeading: string;
  data: BarDatum[];
  /** Most bars drawn; the others are summed as "Overige". */
  limit?: number;
  /** Values are percentages (shares): written "23,3%" on the bars, in the text alternative and in the table. */
  percent?: boolean;
};

const ROW = 30;
const LABEL_WIDTH = 205;
const CHART_WIDTH = 480;
/** Room right of the longest bar for its value, "48,6%" or "12.345" at 15px included. */
const VALUE_SPACE = 75;
const BAR_SPACE = CHART_WIDTH - LABEL_WIDTH - VALUE_SPACE;

const truncate = (text: string, max = 22): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * A horizontal bar chart drawn on the server as SVG. It is one image for assistive technology, with a
 * text summary, and the exact figures follow in a table (the alternative that also works in print).
 */
/** The largest `limit` bars, the rest summed in one bar "Overige (n)"; the table keeps every row. */
function topBars(data: BarDatum[], limit: number): BarDatum[] {
  if (data.length <= limit) return data;
  const rest = data.slice(limit - 1);
  const other = rest.reduce((sum, d) => sum + d.value, 0);
  return [...data.slice(0, limit - 1), { label: `Overige (${rest.length})`, value: other }];
}

export function BarChart({
  id,
  title,
  labelHeading,
  valueHeading,
  data,
  limit = 10,
  percent = false,
}: BarChartProps) {
  const format = percent ? formatPercent : formatNumber;
  const bars = topBars(data, limit);
  const max = Math.max(1, ...bars.map((d) => d.value));
  const total = data.reduce((sum, d) => sum + d.value, 0);
  const height = Math.max(1, bars.length) * ROW + 10;
  const summary =
    data.length === 0
      ? 'Geen gegevens.'
      : `${bars.length} staven, samen ${format(total)}. ${bars
          .map((d) => `${d.label}: ${format(d.value)}`)
          .join('; ')}.`;
  return (
    <figure className="mm-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mm-visually-hidden">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((d, i) => {
          const y = i * ROW + 5;
          const width = Math.max(2, Math.round((d.value / max) * BAR_SPACE));
          return (
            <g key={d.label}>
              <text className="mm-chart__label" x={LABEL_WIDTH - 8} y={y + 17} textAnchor="end">
                {truncate(d.label)}
              </text>
              <rect
                className={d.tone === 'old' ? 'mm-chart__bar mm-chart__bar--old' : 'mm-chart__bar'}
                x={LABEL_WIDTH}
                y={y + 3}
                width={width}
                height={ROW - 10}
                rx={2}
              />
              <text className="mm-chart__value" x={LABEL_WIDTH + width + 6} y={y + 17}>
                {format(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mm-details">
        <summary>Toon de cijfers als tabel</summary>
        <table className="mm-table">
          <caption className="mm-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              <th scope="col" className="mm-num">
                {valueHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.href ? <a href={d.href}>{d.label}</a> : d.label}</th>
                <td className="mm-num">{format(d.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
