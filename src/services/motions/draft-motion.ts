import { reindexEntity } from '../../search/index.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { getMember } from '../../store/repositories/members.js';
import { createMotion, type MotionWithSubmitters } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid } from '../errors.js';
import type { UseCase } from '../types.js';

export type MotionText = {
  title: string;
  topic?: string | null;
  call?: string | null;
  body?: string | null;
  number?: string | null;
  meetingId?: string | null;
  agendaItemId?: string | null;
  andOthers?: boolean;
};

/** Submitters in order: a member (its name is taken from the register) or just a name. */
export type SubmitterInput = { memberId?: string | null; name?: string | null };

/** Creates a motion as a draft (concept) with its ordered submitters. */
export async function draftMotion(
  options: UseCase & { motion: MotionText; submitters: SubmitterInput[] },
): Promise<MotionWithSubmitters> {
  const { db, writer } = options;
  return inTransaction(db, async (trx) => {
    await assertMeeting(trx, writer.organisationId, options.motion.meetingId);
    const submitters = await resolveSubmitters(trx, writer.organisationId, options.submitters);
    const created = await createMotion(trx, writer, { ...options.motion, status: 'draft', submitters });
    await reindexEntity(trx, writer.organisationId, 'motion', created.id);
    return created;
  });
}

export async function assertMeeting(
  db: UseCase['db'],
  organisationId: string,
  meetingId: string | null | undefined,
): Promise<void> {
  if (meetingId && !(await getMeeting(db, organisationId, meetingId)))
    throw invalid('vergadering', 'unknown_meeting', `Vergadering ${meetingId} bestaat niet.`);
}

export async function resolveSubmitters(
  db: UseCase['db'],
  organisationId: string,
  submitters: SubmitterInput[],
): Promise<{ memberId: string | null; name: string }[]> {
  const out: { memberId: string | null; name: string }[] = [];
  for (const [index, s] of submitters.entries()) {
    if (s.memberId) {
      const member = await getMember(db, organisationId, s.memberId);
      if (!member)
        throw invalid(`indieners.${index}.lid`, 'unknown_member', `Lid ${s.memberId} bestaat niet.`);
      out.push({ memberId: member.id, name: s.name?.trim() || member.name });
    } else if (s.name?.trim()) {
      out.push({ memberId: null, name: s.name.trim() });
    } else {
      throw invalid(`indieners.${index}`, 'submitter_required', 'Geef per indiener een lid of een naam.');
    }
  }
  return out;
}
