import { notAcceptable } from '../errors/problem.js';

/**
 * Picks the best of `offered` media types for an Accept header (q-values honoured, wildcards allowed);
 * no Accept header means the first offered. Throws 406 when nothing fits.
 */
export function negotiate<T extends string>(accept: string | undefined, offered: readonly T[]): T {
  if (!accept || accept.trim() === '') return offered[0];
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [type, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.type && !Number.isNaN(r.q) && r.q > 0);
  let best: { type: T; q: number; specificity: number; index: number } | undefined;
  for (const candidate of offered) {
    const [major] = candidate.split('/');
    for (const r of ranges) {
      const specificity = r.type === candidate ? 2 : r.type === `${major}/*` ? 1 : r.type === '*/*' ? 0 : -1;
      if (specificity < 0) continue;
      const better =
        !best ||
        r.q > best.q ||
        (r.q === best.q && specificity > best.specificity) ||
        (r.q === best.q && specificity === best.specificity && r.index < best.index);
      if (better) best = { type: candidate, q: r.q, specificity, index: r.index };
    }
  }
  if (!best) throw notAcceptable(`Beschikbare formaten: ${offered.join(', ')}.`);
  return best.type;
}
