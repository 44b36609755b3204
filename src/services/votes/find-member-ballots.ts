import { listMemberBallots, type MemberBallot } from '../../store/repositories/member-activity.js';
import type { ReadCase } from '../types.js';
import { canSeeBallot } from '../visibility.js';

/**
 * How one municipality voted, vote by vote, as the reader may see it: the public sees the ballots of published
 * votes; the municipality's own representatives also its ballots in votes not yet published.
 */
export async function findMemberBallots(options: ReadCase & { memberId: string }): Promise<MemberBallot[]> {
  const ballots = await listMemberBallots(options.db, options.organisationId, options.memberId);
  return ballots.filter((b) =>
    canSeeBallot(options.reader, { status: b.voteStatus }, { memberId: options.memberId }),
  );
}
