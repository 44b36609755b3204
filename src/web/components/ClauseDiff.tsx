import { diffWords } from 'diff';
import type { ClauseChange } from '../../domain/resolution-versions.js';

/** Word-level changes inside one clause, marked with <ins>/<del> and announced in words for screen readers. */
function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <>
      {diffWords(before, after).map((part, i) => {
        // biome-ignore-start lint/suspicious/noArrayIndexKey: fragments of one diff, rendered once
        if (part.added)
          return (
            <ins key={i}>
              <span className="mm-visually-hidden">[toegevoegd: </span>
              {part.value}
              <span className="mm-visually-hidden">]</span>
            </ins>
          );
        if (part.removed)
          return (
            <del key={i}>
              <span className="mm-visually-hidden">[geschrapt: </span>
              {part.value}
              <span className="mm-visually-hidden">]</span>
            </del>
          );
        return <span key={i}>{part.value}</span>;
        // biome-ignore-end lint/suspicious/noArrayIndexKey: fragments of one diff, rendered once
      })}
    </>
  );
}

const LABELS = { unchanged: 'Ongewijzigd', changed: 'Gewijzigd', added: 'Toegevoegd', removed: 'Geschrapt' };

/** The clause-by-clause comparison of two versions of a resolution. */
export function ClauseDiff({ changes }: { changes: ClauseChange[] }) {
  const changed = changes.filter((c) => c.type !== 'unchanged').length;
  return (
    <>
      <p>
        {changed === 0
          ? 'De versies zijn gelijk.'
          : `${changed} van ${changes.length} overwegingen en besluitpunten verschillen.`}
      </p>
      <ol className="mm-diff mm-plain-list">
        {changes.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: positions of one comparison
          <li key={i} className={`mm-diff__item mm-diff__item--${c.type}`}>
            <strong className="mm-diff__label">{LABELS[c.type]}: </strong>
            {c.type === 'unchanged' ? c.after.text : null}
            {c.type === 'changed' ? <WordDiff before={c.before.text} after={c.after.text} /> : null}
            {c.type === 'added' ? <ins>{c.after.text}</ins> : null}
            {c.type === 'removed' ? <del>{c.before.text}</del> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
