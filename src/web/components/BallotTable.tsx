import type { ReactNode } from 'react';

export type BallotColumn<T> = { header: string; numeric?: boolean; cell: (row: T) => ReactNode };

/** A scrollable table of ballots (one row each), its columns given by the caller. */
export function BallotTable<T extends { id: string }>({
  caption,
  captionId,
  columns,
  rows,
}: {
  caption: ReactNode;
  /** When set, the caption gets this id and labels the table. */
  captionId?: string;
  columns: BallotColumn<T>[];
  rows: T[];
}) {
  const numeric = (base: string, column: BallotColumn<T>) =>
    column.numeric ? `${base} ${base}--numeric` : base;
  return (
    <div className="mm-table-scroll">
      <table className="utrecht-table" aria-labelledby={captionId}>
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th key={column.header} scope="col" className={numeric('utrecht-table__header-cell', column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="utrecht-table__row">
              {columns.map((column) => (
                <td key={column.header} className={numeric('utrecht-table__cell', column)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
