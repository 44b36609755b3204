import { getMeeting } from '../../store/repositories/meetings.js';
import { getMotion, listMotionParts } from '../../store/repositories/motions.js';
import { getResolution } from '../../store/repositories/resolutions.js';
import { createVote, type VoteRecord } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid } from '../errors.js';
import type { UseCase } from '../types.js';
import { votingRules } from './load-vote.js';
import { resolveVoteSubject, type VoteSubjectInput } from './vote-subject.js';

/**
 * Prepares a vote at a meeting (status aangemaakt) on a motion, one of its parts, a resolution, an amendment, the
 * board's pre-advice on a motion or the accountability round as a whole; with alternatives when given.
 */
export async function prepareVote(
  options: UseCase & {
    meetingId: string;
    subject: string;
    motionId?: string | null;
    motionPartId?: string | null;
    resolutionId?: string | null;
    majority?: 'simple' | 'two-thirds';
  } & VoteSubjectInput,
): Promise<VoteRecord> {
  const { writer } = options;
  const org = writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    if (!(await getMeeting(trx, org, options.meetingId)))
      throw invalid('vergadering', 'unknown_meeting', `Vergadering ${options.meetingId} bestaat niet.`);
    if (options.motionId && !(await getMotion(trx, org, options.motionId)))
      throw invalid('motie', 'unknown_motion', `Motie ${options.motionId} bestaat niet.`);
    if (options.motionPartId) {
      const parts = options.motionId ? await listMotionParts(trx, options.motionId) : [];
      if (!parts.some((p) => p.id === options.motionPartId))
        throw invalid('deel', 'unknown_part', 'Het deel hoort niet bij de opgegeven motie.');
    }
    if (options.resolutionId && !(await getResolution(trx, org, options.resolutionId)))
      throw invalid('resolutie', 'unknown_resolution', `Resolutie ${options.resolutionId} bestaat niet.`);
    const subject = await resolveVoteSubject(trx, org, options.meetingId, options);
    const rules = await votingRules(trx, org);
    return createVote(trx, writer, {
      ...subject,
      meetingId: options.meetingId,
      motionId: options.motionId ?? null,
      motionPartId: options.motionPartId ?? null,
      resolutionId: options.resolutionId ?? null,
      subject: options.subject,
      status: 'created',
      majority: options.majority ?? rules.majority,
    });
  });
}
