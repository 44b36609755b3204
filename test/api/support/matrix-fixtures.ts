import type { MotionStatus } from '../../../src/domain/types.js';
import { approveAccountabilityRound } from '../../../src/services/accountability/approve-accountability-round.js';
import { openAccountabilityRound } from '../../../src/services/accountability/open-accountability-round.js';
import { recordAssemblyDecision } from '../../../src/services/accountability/record-assembly-decision.js';
import { writeAccountabilityEntry } from '../../../src/services/accountability/write-accountability-entry.js';
import { issueApiToken } from '../../../src/services/users/issue-api-token.js';
import { closeVote, openVote } from '../../../src/services/votes/move-vote.js';
import { prepareVote } from '../../../src/services/votes/prepare-vote.js';
import { getAccountabilityRound, listRoundEntries } from '../../../src/store/repositories/accountability.js';
import { createAgreement } from '../../../src/store/repositories/agreements.js';
import { createConsultation } from '../../../src/store/repositories/consultations.js';
import { createDocument } from '../../../src/store/repositories/documents.js';
import { createLetter } from '../../../src/store/repositories/letters.js';
import { addAgendaItem, createMeeting } from '../../../src/store/repositories/meetings.js';
import { addMotionPart } from '../../../src/store/repositories/motion-extras.js';
import { createMotion } from '../../../src/store/repositories/motions.js';
import { createResolution, createResolutionVersion } from '../../../src/store/repositories/resolutions.js';
import { createUser } from '../../../src/store/repositories/users.js';
import type { Harness } from './harness.js';

/** Fresh records for one authorisation check, created directly in the store (fast, no HTTP). */
export function fixtures(h: Harness) {
  const { db } = h.ctx;
  const w = h.system;
  let n = 0;
  const next = () => ++n;
  const meeting = async (date = '2025-06-18') =>
    (await createMeeting(db, w, { kind: 'alv', title: `ALV ${next()}`, date })).id;
  const motion = async (status: MotionStatus, extra: { meetingId?: string } = {}) =>
    (
      await createMotion(db, w, {
        title: `Motie ${next()}`,
        status,
        meetingId: extra.meetingId ?? (status === 'draft' ? null : await meeting()),
        submitters: [{ memberId: h.members.gouda, name: 'Gouda' }],
      })
    ).id;
  const part = async (motionId: string) =>
    (await addMotionPart(db, w, motionId, { number: 1, text: 'Deel' })).id;
  let heldDay = Date.UTC(2023, 0, 1);
  const heldRounds: string[] = [];
  /**
   * A meeting that has taken place, each one a day after the previous. Rounds go in meeting order (none is
   * opened before a decided one, none decided after a pending one), so the rounds earlier checks left pending
   * are written, approved and decided first: the assembly may then decide the new one.
   */
  const heldMeeting = async () => {
    for (const roundId of heldRounds.splice(0)) {
      if ((await getAccountabilityRound(db, w.organisationId, roundId))?.status === 'decided') continue;
      for (const e of await listRoundEntries(db, w.organisationId, roundId))
        if (e.proposal === null)
          await writeAccountabilityEntry({
            db,
            writer: w,
            roundId,
            entryId: e.id,
            text: 'Tekst',
            proposal: 'hold',
          });
      if ((await getAccountabilityRound(db, w.organisationId, roundId))?.status === 'open')
        await approveAccountabilityRound({ db, writer: w, roundId });
      await recordAssemblyDecision({ db, writer: w, roundId, followProposals: true });
    }
    heldDay += 86_400_000;
    return meeting(new Date(heldDay).toISOString().slice(0, 10));
  };
  /**
   * A round for a fresh meeting, with one entry (an adopted motion from an earlier meeting). The meeting lies
   * in the future, or has taken place (`held`) for a decision or vote of the assembly.
   */
  const round = async (stage: 'open' | 'written' | 'approved', options: { held?: boolean } = {}) => {
    const earlier = await meeting(`2020-0${(next() % 9) + 1}-01`);
    await motion('adopted', { meetingId: earlier });
    const later = options.held ? await heldMeeting() : await meeting(`2030-0${(next() % 9) + 1}-15`);
    const r = await openAccountabilityRound({ db, writer: w, meetingId: later });
    if (options.held) heldRounds.push(r.id);
    const entries = await listRoundEntries(db, w.organisationId, r.id);
    if (stage !== 'open')
      for (const e of entries)
        await writeAccountabilityEntry({
          db,
          writer: w,
          roundId: r.id,
          entryId: e.id,
          text: 'Tekst',
          proposal: 'hold',
        });
    if (stage === 'approved') await approveAccountabilityRound({ db, writer: w, roundId: r.id });
    return { id: r.id, entry: entries[0]?.id };
  };
  const resolution = async () =>
    (await createResolution(db, w, { title: `Resolutie ${next()}`, status: 'draft' })).id;
  const version = async (resolutionId: string) =>
    await createResolutionVersion(db, w, {
      resolutionId,
      label: 'concept',
      clauses: [{ section: 'operative', kind: 'requests', text: 'verzoekt' }],
    });
  const agreement = async () =>
    (await createAgreement(db, w, { text: `Afspraak ${next()}`, status: 'open' })).id;
  const consultation = async () =>
    (await createConsultation(db, w, { title: 'Overleg', date: '2025-01-01' })).id;
  const letter = async () => (await createLetter(db, w, { subject: `Brief ${next()}` })).id;
  const document = async () =>
    (
      await createDocument(db, w, {
        filename: `d${next()}.txt`,
        mediaType: 'text/plain',
        contentHash: `${n}`.padStart(64, '0'),
        size: 1,
        text: 'x',
      })
    ).id;
  const agendaItem = async (meetingId: string) =>
    (await addAgendaItem(db, w, { meetingId, number: '1', title: 'Opening' })).id;
  const user = async () => (await createUser(db, w, { email: `u${next()}@example.nl`, role: 'staff' })).id;
  const token = async (userId: string) => (await issueApiToken({ db, writer: w, userId })).record.id;
  /** A vote without a subject (so publishing moves nothing), at the given stage. */
  const vote = async (stage: 'created' | 'open' | 'closed') => {
    const v = await prepareVote({ db, writer: w, meetingId: await meeting(), subject: `Stemming ${next()}` });
    if (stage !== 'created') await openVote({ db, writer: w, voteId: v.id });
    if (stage === 'closed') await closeVote({ db, writer: w, voteId: v.id });
    return v.id;
  };
  const code = () => `GM9${String(next()).padStart(3, '0')}`;
  return {
    vote,
    meeting,
    motion,
    part,
    round,
    resolution,
    version,
    agreement,
    consultation,
    letter,
    document,
    agendaItem,
    user,
    token,
    code,
  };
}
