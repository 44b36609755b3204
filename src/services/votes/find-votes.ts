import type { Principal } from '../../auth/roles.js';
import type { VoteStatus } from '../../domain/types.js';
import { FIRST_PAGE, type ListResult, type Page } from '../../store/repositories/shared.js';
import { listVotes, type VoteRecord } from '../../store/repositories/votes.js';
import type { ReadCase } from '../types.js';
import { canSeeVoteResult } from '../visibility.js';

/** What a reader asks of the votes; every key narrows the list. */
export type VoteQuery = {
  meetingId?: string;
  motionId?: string;
  resolutionId?: string;
  /** Statuses in the code's words (created, open, closed, published). */
  status?: readonly VoteStatus[];
};

/** The vote as the reader may see it: before publication the result is withheld (null) from the public. */
export const asSeenBy = (reader: Principal, vote: VoteRecord): VoteRecord =>
  canSeeVoteResult(reader, vote) ? vote : { ...vote, result: null };

/** The votes a reader asked for, one page, each with its result only when the reader may see it. */
export async function findVotes(
  options: ReadCase & { query?: VoteQuery; page?: Page },
): Promise<ListResult<VoteRecord>> {
  const query = options.query ?? {};
  const found = await listVotes(
    options.db,
    options.organisationId,
    {
      meetingId: query.meetingId || undefined,
      motionId: query.motionId || undefined,
      resolutionId: query.resolutionId || undefined,
      status: query.status?.length ? [...query.status] : undefined,
    },
    options.page ?? FIRST_PAGE,
  );
  return { items: found.items.map((v) => asSeenBy(options.reader, v)), total: found.total };
}
