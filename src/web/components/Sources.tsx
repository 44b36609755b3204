import type { ProvenanceWithDocument } from '../../store/repositories/documents.js';

const span = (p: ProvenanceWithDocument): string => {
  const parts: string[] = [];
  if (p.page) parts.push(`pagina ${p.page}`);
  if (p.fromLine !== null && p.toLine !== null && p.toLine !== p.fromLine)
    parts.push(`regels ${p.fromLine}–${p.toLine}`);
  else if (p.fromLine !== null) parts.push(`regel ${p.fromLine}`);
  return parts.join(', ');
};

/** Where a record was imported from: each source document with the place in it (provenance). */
export function Sources({ sources }: { sources: ProvenanceWithDocument[] }) {
  if (sources.length === 0)
    return <p>Dit gegeven is rechtstreeks in Motiemonitor vastgelegd, niet geïmporteerd.</p>;
  return (
    <ul>
      {sources.map((p) => {
        const where = span(p);
        const anchor = p.fromLine !== null ? `#regel-${p.fromLine}` : '';
        return (
          <li key={p.id}>
            <a className="mm-print-href" href={`/documenten/${p.document.id}${anchor}`}>
              {p.document.title ?? p.document.filename}
            </a>
            {where ? <span className="mm-meta"> ({where})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
