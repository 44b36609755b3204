import { recordPartResult } from '../../domain/index.js';
import { updateMotionPart } from '../../store/repositories/motion-extras.js';
import {
  getMotion,
  type MotionWithSubmitters,
  recordMotionTransition,
} from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, missing } from '../errors.js';
import { notifyFollowers } from '../follows/notify-followers.js';
import { requireHeldMeeting, type Today } from '../meetings/held-meeting.js';
import type { UseCase } from '../types.js';
import { assertMeeting } from './draft-motion.js';
import { loadMotion } from './load-motion.js';
import { describeVoteResult, type VoteResultInput } from './vote-result.js';

/**
 * Records the vote on one part of a motion ("deel 1 aangenomen, deel 2 aangehouden"); the motion's own
 * status follows from its parts (domain rule) and changes with a transition when it does.
 */
export async function recordPartVoteResult(
  options: UseCase &
    Today &
    VoteResultInput & { motionId: string; partId: string; meetingId?: string | null; voteId?: string | null },
): Promise<MotionWithSubmitters> {
  const { db, writer } = options;
  const voteResult = describeVoteResult(options);
  return inTransaction(db, async (trx) => {
    const { record, parts } = await loadMotion(trx, writer.organisationId, options.motionId);
    if (!parts.some((p) => p.id === options.partId)) throw missing('Motiedeel', options.partId);
    await assertMeeting(trx, writer.organisationId, options.meetingId);
    const meetingId = options.meetingId ?? record.meetingId;
    if (!meetingId)
      throw invalid('vergadering', 'meeting_required', 'Geef de vergadering die over het deel stemde.');
    const { at } = await requireHeldMeeting(trx, writer.organisationId, meetingId, {
      today: options.today,
      what: 'vote result',
    });
    const { transition } = recordPartResult({
      motion: record,
      parts,
      partId: options.partId,
      status: options.outcome,
      at,
      meetingId: options.meetingId ?? null,
      voteId: options.voteId ?? null,
    });
    await updateMotionPart(trx, writer, options.partId, {
      status: options.outcome,
      voteResult,
      votePercentage: options.percentage ?? null,
      byAcclamation: options.byAcclamation ?? false,
    });
    if (transition) {
      await recordMotionTransition(trx, writer, transition);
      await notifyFollowers(trx, writer, {
        motionId: transition.motionId,
        from: transition.from,
        to: transition.to,
        at: transition.at ?? at,
        reason: transition.reason ?? null,
      });
    }
    return (await getMotion(trx, writer.organisationId, record.id))!;
  });
}
