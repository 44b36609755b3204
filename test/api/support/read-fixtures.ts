import type { Principal } from '../../../src/auth/index.js';
import { can } from '../../../src/auth/index.js';
import type { MotionStatus, ResolutionStatus } from '../../../src/domain/types.js';
import { reindexEntity } from '../../../src/search/index.js';
import { openAccountabilityRound } from '../../../src/services/accountability/open-accountability-round.js';
import { writeAccountabilityEntry } from '../../../src/services/accountability/write-accountability-entry.js';
import {
  canSeeDocument,
  canSeeMotionRecord,
  canSeeResolution,
  canSeeResolutionVersion,
  canSeeVoteResult,
} from '../../../src/services/visibility.js';
import { castVote } from '../../../src/services/votes/cast-vote.js';
import { closeVote, openVote, publishVote } from '../../../src/services/votes/move-vote.js';
import { prepareVote } from '../../../src/services/votes/prepare-vote.js';
import { listRoundEntries } from '../../../src/store/repositories/accountability.js';
import { createAgreement } from '../../../src/store/repositories/agreements.js';
import { createConsultation } from '../../../src/store/repositories/consultations.js';
import { addProvenance, createDocument } from '../../../src/store/repositories/documents.js';
import { createLetter } from '../../../src/store/repositories/letters.js';
import { createMeeting } from '../../../src/store/repositories/meetings.js';
import {
  addMotionPart,
  addPreAdvice,
  createAmendment,
} from '../../../src/store/repositories/motion-extras.js';
import { createMotion } from '../../../src/store/repositories/motions.js';
import { createPoll } from '../../../src/store/repositories/polls.js';
import {
  createResolution,
  createResolutionVersion,
  publishResolutionVersion,
} from '../../../src/store/repositories/resolutions.js';
import { createUser } from '../../../src/store/repositories/users.js';
import type { Harness } from './harness.js';

/**
 * Words that appear only in unpublished records, so a response that contains one has leaked it. Each comes with
 * who may see it, by the same rules (src/services/visibility.ts) the read paths apply.
 */
export const MARKERS = {
  draftMotion: 'zqxconceptmotie',
  draftResolution: 'zqxconceptresolutie',
  unpublishedVersion: 'zqxongepubliceerdeversie',
  draftSource: 'zqxbrondocument',
  openEntry: 'zqxopenverantwoording',
} as const;
export type Marker = keyof typeof MARKERS;

export type ReadFixtures = Awaited<ReturnType<typeof readFixtures>>;

/**
 * One published and one unpublished record of each kind that has an unpublished state: a concept motion of
 * Gouda (the 'member' role's municipality; 'otherMember' is Utrecht), a concept resolution with its source
 * document, an unpublished version of a published resolution, an open round with a written entry, an open
 * vote with ballots of Gouda and Utrecht; and the registers that are always public.
 */
export async function readFixtures(h: Harness) {
  const { db } = h.ctx;
  const w = h.system;
  const org = h.ctx.organisation.id;
  const meeting = (await createMeeting(db, w, { kind: 'alv', title: 'ALV juni', date: '2025-06-18' })).id;
  const later = (await createMeeting(db, w, { kind: 'alv', title: 'ALV december', date: '2025-12-10' })).id;
  const gouda = [{ memberId: h.members.gouda, name: 'Gouda' }];

  const motion = async (status: MotionStatus, title: string) => {
    const id = (
      await createMotion(db, w, {
        title,
        status,
        call: `verzoekt het bestuur ${title}`,
        meetingId: status === 'draft' ? null : meeting,
        submitters: gouda,
      })
    ).id;
    await addMotionPart(db, w, id, { number: 1, text: `Deel van ${title}` });
    await addPreAdvice(db, w, { motionId: id, advice: 'adopt', text: `Preadvies ${title}` });
    await createAmendment(db, w, {
      targetKind: 'motion',
      targetId: id,
      title: `Amendement ${title}`,
      text: title,
    });
    await reindexEntity(db, org, 'motion', id);
    return id;
  };
  const publishedMotion = await motion('submitted', 'Jeugdzorg gepubliceerd');
  const draftMotion = await motion('draft', `Jeugdzorg ${MARKERS.draftMotion}`);

  const resolution = async (status: ResolutionStatus, title: string) =>
    (await createResolution(db, w, { title, status, meetingId: meeting })).id;
  const version = (resolutionId: string, text: string) =>
    createResolutionVersion(db, w, {
      resolutionId,
      label: 'concept',
      clauses: [{ section: 'operative', kind: 'requests', text }],
    });
  const publishedResolution = await resolution('published', 'Resolutie gepubliceerd');
  const publishedVersion = await version(publishedResolution, 'Gepubliceerde tekst');
  await publishResolutionVersion(db, w, publishedVersion.id);
  const unpublishedVersion = await version(publishedResolution, `Nieuwe tekst ${MARKERS.unpublishedVersion}`);
  const draftResolution = await resolution('draft', `Resolutie ${MARKERS.draftResolution}`);
  const draftResolutionVersion = await version(draftResolution, `Concepttekst ${MARKERS.draftResolution}`);
  await reindexEntity(db, org, 'resolution', publishedResolution);
  await reindexEntity(db, org, 'resolution', draftResolution);

  const document = async (text: string, kind: string, subject: string) => {
    const doc = await createDocument(db, w, {
      filename: `${kind}-${subject}.txt`,
      mediaType: 'text/plain',
      contentHash: Buffer.from(`${kind}${subject}`).toString('hex').padEnd(64, '0').slice(0, 64),
      size: text.length,
      text,
      status: 'imported',
      storagePath: `/srv/motiemonitor/originelen/${subject}.txt`,
    });
    await addProvenance(db, w, doc.id, [{ entityKind: kind, entityId: subject, fromLine: 1, toLine: 1 }]);
    await reindexEntity(db, org, 'document', doc.id);
    return doc.id;
  };
  const publishedDocument = await document('Tekst van de gepubliceerde motie', 'motion', publishedMotion);
  const draftDocument = await document(
    `Concept-resolutie ${MARKERS.draftSource} en ${MARKERS.draftResolution}`,
    'resolution',
    draftResolution,
  );

  // Rounds: one approved (its entries public), one still open (its entries drafts of the bureau).
  const round = async (meetingId: string, text: string, approve: boolean) => {
    const r = await openAccountabilityRound({ db, writer: w, meetingId });
    for (const e of await listRoundEntries(db, org, r.id))
      await writeAccountabilityEntry({ db, writer: w, roundId: r.id, entryId: e.id, text, proposal: 'hold' });
    if (approve) {
      const { approveAccountabilityRound } = await import(
        '../../../src/services/accountability/approve-accountability-round.js'
      );
      await approveAccountabilityRound({ db, writer: w, roundId: r.id });
    }
    return { id: r.id, entry: (await listRoundEntries(db, org, r.id))[0].id };
  };
  await createMotion(db, w, {
    title: 'Aangenomen motie',
    status: 'adopted',
    meetingId: meeting,
    submitters: gouda,
  });
  const approvedRound = await round(later, 'Stand van zaken, goedgekeurd', true);
  const thirdMeeting = (await createMeeting(db, w, { kind: 'alv', title: 'ALV 2026', date: '2026-06-10' }))
    .id;
  const openRound = await round(thirdMeeting, `Stand van zaken ${MARKERS.openEntry}`, false);

  const vote = async (publish: boolean) => {
    const v = await prepareVote({
      db,
      writer: w,
      meetingId: meeting,
      subject: publish ? 'Gepubliceerd' : 'Open',
    });
    await openVote({ db, writer: w, voteId: v.id });
    await castVote({ db, writer: w, voteId: v.id, memberId: h.members.gouda, choice: 'for' });
    await castVote({ db, writer: w, voteId: v.id, memberId: h.members.utrecht, choice: 'against' });
    if (publish) {
      await closeVote({ db, writer: w, voteId: v.id });
      await publishVote({ db, writer: w, voteId: v.id });
    }
    return v.id;
  };
  const publishedVote = await vote(true);
  const openVoteId = await vote(false);

  const letter = (await createLetter(db, w, { subject: 'Ledenbrief' })).id;
  const agreement = (await createAgreement(db, w, { text: 'Afspraak', status: 'open' })).id;
  const consultation = (await createConsultation(db, w, { title: 'Overleg', date: '2025-01-01' })).id;
  const user = (await createUser(db, w, { email: 'lezer@example.nl', role: 'staff' })).id;
  const poll = async (status: 'open' | 'draft') =>
    (
      await createPoll(db, w, {
        title: status === 'open' ? 'Peiling' : 'Conceptpeiling',
        status,
        closesAt: '2025-12-31',
        questions: [{ text: 'Eens?', kind: 'single-choice', options: ['ja', 'nee'] }],
      })
    ).id;
  const openPoll = await poll('open');
  const draftPoll = await poll('draft');

  return {
    meeting,
    letter,
    agreement,
    consultation,
    user,
    member: h.members.gouda,
    published: {
      motion: publishedMotion,
      resolution: publishedResolution,
      version: publishedVersion.id,
      document: publishedDocument,
      round: approvedRound,
      vote: publishedVote,
      poll: openPoll,
    },
    unpublished: {
      motion: draftMotion,
      resolution: draftResolution,
      draftResolutionVersion: draftResolutionVersion.id,
      version: unpublishedVersion.id,
      document: draftDocument,
      round: openRound,
      vote: openVoteId,
      poll: draftPoll,
    },
  };
}

/** Which markers a reader may see, by the rules of src/auth. */
export function visibleMarkers(p: Principal, h: Harness): Record<Marker, boolean> {
  const draftResolution = canSeeResolution(p, { status: 'draft' });
  return {
    draftMotion: canSeeMotionRecord(p, { status: 'draft', memberIds: [h.members.gouda] }),
    draftResolution,
    unpublishedVersion: canSeeResolutionVersion(p, { publishedAt: null }),
    draftSource: canSeeDocument(p, { status: 'imported' }, [{ kind: 'resolution', status: 'draft' }]),
    openEntry: can(p, 'accountability.readDraft'),
  };
}

/** How many ballots of the open vote (Gouda's and Utrecht's) a reader may see. */
export const visibleOpenBallots = (p: Principal): number =>
  canSeeVoteResult(p, { status: 'open' }) ? 2 : p.memberId ? 1 : 0;
