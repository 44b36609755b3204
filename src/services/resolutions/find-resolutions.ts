import type { ResolutionStatus } from '../../domain/types.js';
import {
  listResolutions,
  type ResolutionRecord,
  type ResolutionSort,
} from '../../store/repositories/resolutions.js';
import { FIRST_PAGE, type ListResult, type Page } from '../../store/repositories/shared.js';
import type { ReadCase } from '../types.js';
import { resolutionDrafts } from '../visibility.js';

/** What a reader asks of the resolution register; every key narrows the list. */
export type ResolutionQuery = {
  /** Statuses in the code's words (draft, published, adopted, …). */
  status?: readonly ResolutionStatus[];
  meetingId?: string;
  year?: number;
  /** Substring of the title. */
  q?: string;
};

/**
 * The resolutions a reader asked for and may see, one page: for the API and the portal alike. Concept
 * resolutions only for those who may read the bureau's and the board's drafts.
 */
export function findResolutions(
  options: ReadCase & { query?: ResolutionQuery; page?: Page; sort?: ResolutionSort },
): Promise<ListResult<ResolutionRecord>> {
  const query = options.query ?? {};
  return listResolutions(
    options.db,
    options.organisationId,
    {
      status: query.status?.length ? [...query.status] : undefined,
      drafts: resolutionDrafts(options.reader),
      meetingId: query.meetingId || undefined,
      year: query.year,
      q: query.q?.trim() || undefined,
    },
    options.page ?? FIRST_PAGE,
    options.sort,
  );
}
