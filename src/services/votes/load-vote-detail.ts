import { getVote, listBallots, type VoteRecord } from '../../store/repositories/votes.js';
import { missing } from '../errors.js';
import { type LoadedParts, loadParts, type PartLoaders } from '../read-parts.js';
import type { ReadCase } from '../types.js';
import { canSeeBallot } from '../visibility.js';
import { asSeenBy } from './find-votes.js';

/** What can be read about a vote, one loader per part, each applying the reader's rights. */
const PARTS = {
  /**
   * How each member voted, with its weight, by member name: public with the result, after publication; before
   * that a member's representative sees only its own municipality's ballot.
   */
  ballots: async (read, v) =>
    (await listBallots(read.db, read.organisationId, v.id)).filter((b) => canSeeBallot(read.reader, v, b)),
} satisfies PartLoaders<VoteRecord>;

export type VoteDetailPart = keyof typeof PARTS;
export type VoteDetail<K extends VoteDetailPart = never> = { vote: VoteRecord } & LoadedParts<
  typeof PARTS,
  K
>;

/** One vote with the parts asked for; the result and the ballots only when the reader may see them. */
export async function loadVoteDetail<K extends VoteDetailPart = never>(
  options: ReadCase & { voteId: string; include?: readonly K[] },
): Promise<VoteDetail<K>> {
  const vote = await getVote(options.db, options.organisationId, options.voteId);
  if (!vote) throw missing('Stemming', options.voteId);
  const parts: LoadedParts<typeof PARTS, K> = await loadParts(PARTS, options, vote, options.include);
  return { vote: asSeenBy(options.reader, vote), ...parts };
}
