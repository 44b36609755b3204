import type { AmendmentRecord } from '../../store/repositories/motion-extras.js';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { type Today, todayOf } from '../meetings/held-meeting.js';
import { amendMotion } from '../motions/amend-motion.js';
import { draftMotion, type MotionText } from '../motions/draft-motion.js';
import { loadMotion } from '../motions/load-motion.js';
import { submitMotion } from '../motions/submit-motion.js';
import type { UseCase } from '../types.js';
import { requireOpenSubmission } from './submission-deadline.js';

/** A member submits its concept motion for its assembly, before the deadline; the lifecycle step is submitMotion's. */
export async function submitBeforeDeadline(
  options: UseCase & Today & { motionId: string },
): Promise<MotionWithSubmitters> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record } = await loadMotion(trx, writer.organisationId, options.motionId);
    await requireOpenSubmission(trx, writer.organisationId, record.meetingId, todayOf(options));
    return submitMotion({ db: trx, writer, motionId: record.id });
  });
}

/** A member submits an amendment to a motion of an assembly whose deadline has not passed. */
export async function amendBeforeDeadline(
  options: UseCase & Today & { motionId: string; memberId: string; title: string; text: string },
): Promise<AmendmentRecord> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    const { record } = await loadMotion(trx, writer.organisationId, options.motionId);
    await requireOpenSubmission(trx, writer.organisationId, record.meetingId, todayOf(options));
    return amendMotion({
      db: trx,
      writer,
      motionId: record.id,
      title: options.title,
      text: options.text,
      submitters: [{ memberId: options.memberId }],
    });
  });
}

/**
 * A member's representative drafts a motion for its own municipality (first submitter) and, when asked, submits
 * it at once: both in one transaction, so a motion refused for a passed deadline is not left behind as a concept.
 */
export async function draftMemberMotion(
  options: UseCase & Today & { memberId: string; motion: MotionText; submit: boolean },
): Promise<MotionWithSubmitters> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    if (options.submit)
      await requireOpenSubmission(
        trx,
        writer.organisationId,
        options.motion.meetingId ?? null,
        todayOf(options),
      );
    const created = await draftMotion({
      db: trx,
      writer,
      motion: options.motion,
      submitters: [{ memberId: options.memberId }],
    });
    return options.submit ? submitMotion({ db: trx, writer, motionId: created.id }) : created;
  });
}
