import type { MotionStatus } from '../../domain/types.js';
import { searchFilter } from '../../search/index.js';
import {
  listMotions,
  type MotionFilter,
  type MotionSort,
  type MotionWithSubmitters,
} from '../../store/repositories/motions.js';
import { FIRST_PAGE, type ListResult, type Page } from '../../store/repositories/shared.js';
import { type MotionFacets, motionFacets } from '../../store/repositories/web-queries.js';
import { findMember, isMemberCode } from '../registers/find-member.js';
import type { ReadCase } from '../types.js';
import { motionDrafts } from '../visibility.js';

/** What a reader asks of the motion register; every key narrows the list. */
export type MotionQuery = {
  /** Statuses in the code's words (draft, submitted, …). */
  status?: readonly MotionStatus[];
  topic?: string;
  /** A submitter: the member's UUID or CBS code (GM0363); an unknown code matches nothing. */
  member?: string;
  meetingId?: string;
  year?: number;
  /** Free text: stemmed full-text search (Dutch) when it has search words, else a plain substring match. */
  q?: string;
};

export type FindMotionsOptions = ReadCase & { query?: MotionQuery; page?: Page; sort?: MotionSort };

const NOTHING: ListResult<MotionWithSubmitters> = { items: [], total: 0 };

/** The repository filter for a reader's query (drafts as the reader may see them), or null when nothing matches. */
async function filterFor(read: ReadCase, query: MotionQuery): Promise<MotionFilter | null> {
  const filter: MotionFilter = {
    status: query.status?.length ? [...query.status] : undefined,
    drafts: motionDrafts(read.reader),
    topic: query.topic || undefined,
    meetingId: query.meetingId || undefined,
    year: query.year,
  };
  if (query.member) {
    const member = isMemberCode(query.member)
      ? await findMember(read.db, read.organisationId, query.member)
      : { id: query.member.toLowerCase() };
    if (!member) return null;
    filter.memberId = member.id;
  }
  const q = query.q?.trim();
  if (q) {
    // The search path: the same matches as /zoeken, counted exactly up to the same bound ("meer dan 1.000").
    const search = await searchFilter(read.db, read.organisationId, 'motion', q);
    if (search) filter.search = search;
    else filter.q = q;
  }
  return filter;
}

/**
 * The motions a reader asked for and may see, one page: the list of the API (JSON and CSV) and of the
 * portal's motion, member and meeting pages. Drafts follow src/services/visibility.ts: the public sees none,
 * a member's representative those of its own municipality, the association's people all of them.
 */
export async function findMotions(options: FindMotionsOptions): Promise<ListResult<MotionWithSubmitters>> {
  const filter = await filterFor(options, options.query ?? {});
  if (!filter) return NOTHING;
  return listMotions(options.db, options.organisationId, filter, options.page ?? FIRST_PAGE, options.sort);
}

/** Every motion of the query, in batches of `batch` (for exports); the reader's visibility applies. */
export async function* findAllMotions(
  options: Omit<FindMotionsOptions, 'page'>,
  batch = 1000,
): AsyncGenerator<MotionWithSubmitters> {
  const filter = await filterFor(options, options.query ?? {});
  if (!filter) return;
  for (let offset = 0; ; offset += batch) {
    const page = await listMotions(
      options.db,
      options.organisationId,
      filter,
      { limit: batch, offset },
      options.sort,
    );
    yield* page.items;
    if (page.items.length < batch) return;
  }
}

/** The options of the motion list's filters with their counts, over the motions the reader may see. */
export function findMotionFacets(read: ReadCase): Promise<MotionFacets> {
  return motionFacets(read.db, read.organisationId, motionDrafts(read.reader));
}
