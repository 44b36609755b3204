import type { AgreementRecord } from '../../store/repositories/agreements.js';
import { getResolution } from '../../store/repositories/resolutions.js';
import type { ReadCase } from '../types.js';
import { canSeeResolution, resolutionDrafts } from '../visibility.js';

/**
 * Agreements as the reader may see where they came from: the resolution an agreement was made in is named only
 * when the reader may see that resolution (an imported concept is the bureau's work in progress, so its id is
 * not given to the public either, as the portal names neither its title nor a link).
 */
export async function hideUnseenResolutions<A extends Pick<AgreementRecord, 'resolutionId'>>(
  read: ReadCase,
  agreements: A[],
): Promise<A[]> {
  if (resolutionDrafts(read.reader) === 'all') return agreements;
  const ids = [...new Set(agreements.map((a) => a.resolutionId).filter((id): id is string => id !== null))];
  const hidden = new Set<string>();
  for (const id of ids) {
    const resolution = await getResolution(read.db, read.organisationId, id);
    if (!resolution || !canSeeResolution(read.reader, resolution)) hidden.add(id);
  }
  if (hidden.size === 0) return agreements;
  return agreements.map((a) =>
    a.resolutionId && hidden.has(a.resolutionId) ? { ...a, resolutionId: null } : a,
  );
}
