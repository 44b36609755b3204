import { type MotionStatus, transitionMotion } from '../../domain/index.js';
import { nowIso } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import {
  getMotion,
  type MotionWithSubmitters,
  recordMotionTransition,
  updateMotion,
} from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { notifyFollowers } from '../follows/notify-followers.js';
import { requireHeldMeeting, type Today } from '../meetings/held-meeting.js';
import type { UseCase } from '../types.js';
import { assertMeeting } from './draft-motion.js';
import { loadMotion } from './load-motion.js';

export type MoveMotionOptions = UseCase &
  Today & {
    motionId: string;
    to: MotionStatus;
    meetingId?: string | null;
    voteId?: string | null;
    roundId?: string | null;
    reason?: string | null;
    voteResult?: string | null;
    votePercentage?: number | null;
    byAcclamation?: boolean;
  };

/** Outcomes the assembly decides at a meeting: recorded once it has taken place, dated by it. */
const DECIDED_AT_MEETING: ReadonlySet<MotionStatus> = new Set(['adopted', 'rejected', 'postponed']);

/**
 * One status change of a motion: the domain decides whether it is allowed (else DomainError
 * 'illegal_transition' with the allowed next statuses), the store records it with its transition row
 * and audit event. A vote's outcome needs a meeting that has taken place and carries its date.
 * Runs in the caller's transaction when there is one.
 */
export async function moveMotion(options: MoveMotionOptions): Promise<MotionWithSubmitters> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record } = await loadMotion(trx, writer.organisationId, options.motionId);
    await assertMeeting(trx, writer.organisationId, options.meetingId);
    const decidingMeeting = options.meetingId ?? record.meetingId;
    const at =
      DECIDED_AT_MEETING.has(options.to) && decidingMeeting
        ? (
            await requireHeldMeeting(trx, writer.organisationId, decidingMeeting, {
              today: options.today,
              what: 'vote result',
            })
          ).at
        : nowIso();
    const transition = transitionMotion({
      motion: record,
      to: options.to,
      at,
      meetingId: options.meetingId ?? null,
      voteId: options.voteId ?? null,
      roundId: options.roundId ?? null,
      reason: options.reason ?? null,
    });
    // The meeting that voted is the motion's meeting from now on (needed for the accountability report).
    if (transition.meetingId && record.meetingId === null) {
      await updateMotion(trx, writer, record.id, { meetingId: transition.meetingId });
    }
    await recordMotionTransition(trx, writer, {
      ...transition,
      voteResult: options.voteResult,
      votePercentage: options.votePercentage,
      byAcclamation: options.byAcclamation,
    });
    await notifyFollowers(trx, writer, {
      motionId: transition.motionId,
      from: transition.from,
      to: transition.to,
      at: transition.at ?? nowIso(),
      reason: transition.reason ?? null,
    });
    return (await getMotion(trx as Executor, writer.organisationId, record.id))!;
  });
}
