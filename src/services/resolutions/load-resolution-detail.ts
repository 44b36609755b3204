import {
  getResolution,
  listResolutionVersions,
  type ResolutionRecord,
} from '../../store/repositories/resolutions.js';
import { missing } from '../errors.js';
import { type LoadedParts, loadParts, type PartLoaders } from '../read-parts.js';
import { findVisibleSources } from '../registers/find-visible-sources.js';
import type { ReadCase } from '../types.js';
import { canSeeResolution, canSeeResolutionVersion } from '../visibility.js';

/** What can be read about a resolution, one loader per part, each applying the reader's rights. */
const PARTS = {
  /** Oldest first, with their clauses; unpublished versions only for those who may read drafts. */
  versions: async (read, r) =>
    (await listResolutionVersions(read.db, read.organisationId, r.id)).filter((v) =>
      canSeeResolutionVersion(read.reader, v),
    ),
  /** The source documents the resolution was imported from, with line spans. */
  sources: (read, r) => findVisibleSources({ ...read, entityKind: 'resolution', entityId: r.id }),
} satisfies PartLoaders<ResolutionRecord>;

export type ResolutionDetailPart = keyof typeof PARTS;
export type ResolutionDetail<K extends ResolutionDetailPart = never> = {
  resolution: ResolutionRecord;
} & LoadedParts<typeof PARTS, K>;

/** One resolution with the parts asked for; a concept the reader may not see is 'not_found', like a missing one. */
export async function loadResolutionDetail<K extends ResolutionDetailPart = never>(
  options: ReadCase & { resolutionId: string; include?: readonly K[] },
): Promise<ResolutionDetail<K>> {
  const resolution = await getResolution(options.db, options.organisationId, options.resolutionId);
  if (!resolution || !canSeeResolution(options.reader, resolution))
    throw missing('Resolutie', options.resolutionId);
  const parts: LoadedParts<typeof PARTS, K> = await loadParts(PARTS, options, resolution, options.include);
  return { resolution, ...parts };
}
