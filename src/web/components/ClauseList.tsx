import type { ClauseRecord } from '../../store/repositories/resolutions.js';

/** Clauses in order, the preamble (constaterende / overwegende dat) before the operative part (verzoekt …). */
export function ClauseList({ clauses, idPrefix }: { clauses: ClauseRecord[]; idPrefix?: string }) {
  if (clauses.length === 0) return null;
  const preamble = clauses.filter((c) => c.section === 'preamble');
  const operative = clauses.filter((c) => c.section !== 'preamble');
  const item = (c: ClauseRecord) => (
    <li key={c.id} id={idPrefix ? `${idPrefix}-${c.number}` : undefined}>
      {c.text}
    </li>
  );
  return (
    <div className="mm-clauses-block">
      {preamble.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">Overwegingen</h3>
          <ol className="mm-clauses">{preamble.map(item)}</ol>
        </>
      ) : null}
      {operative.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">Besluit</h3>
          <ol className="mm-clauses" start={preamble.length + 1}>
            {operative.map(item)}
          </ol>
        </>
      ) : null}
    </div>
  );
}
