import type { ReadCase } from './types.js';

/** Loaders of the parts of one record (its versions, ballots, history …), each applying the reader's rights. */
export type PartLoaders<R> = Record<string, (read: ReadCase, record: R) => Promise<unknown>>;

/** The parts `include` names, loaded side by side, keyed by part. */
export type LoadedParts<L extends PartLoaders<never>, K extends keyof L> = {
  [P in K]: Awaited<ReturnType<L[P]>>;
};

/** Loads the parts a reader asked for of a record it may see. */
export async function loadParts<R, L extends PartLoaders<R>, K extends keyof L & string>(
  loaders: L,
  read: ReadCase,
  record: R,
  include: readonly K[] = [],
): Promise<LoadedParts<L, K>> {
  const loaded = await Promise.all(include.map((part) => loaders[part](read, record)));
  return Object.fromEntries(include.map((part, i) => [part, loaded[i]])) as LoadedParts<L, K>;
}
