import type {
  ClauseKind,
  ClauseSection,
  MotionPartStatus,
  MotionStatus,
  PreAdviceKind,
} from '../../domain/index.js';
import { motionStatus } from '../../domain/vocabulary/index.js';
import type { MotionCandidate } from '../../store/repositories/motion-candidates.js';
import {
  addMotionClauses,
  addMotionPart,
  addPreAdvice,
  listMotionClauses,
  listPreAdvices,
  updateMotionPart,
} from '../../store/repositories/motion-extras.js';
import {
  type ArchiveDetails,
  addMotionSubmitter,
  createMotionThrough,
  type MotionChanges,
  type MotionStatusChange,
  type MotionWithSubmitters,
  recordMotionTransitions,
  type SourceMeeting,
  updateMotion,
} from '../../store/repositories/motions.js';
import type { NewClause } from '../../store/repositories/resolutions.js';
import type { ClauseRecord, MeetingRef, MotionRecord, VoteResult } from '../types.js';
import { wordImportedResult } from '../vote-results.js';
import { councilSubmitters, isCouncil } from './council-import.js';
import { type ImportContext, laterDate, momentOf } from './import-context.js';
import { agendaItemFor, keepMeetingPlace } from './meeting-details.js';
import { statusPath, targetStatus } from './status-path.js';

const PRE_ADVICE: Record<string, PreAdviceKind> = {
  overnemen: 'adopt',
  aannemen: 'adopt',
  ontraden: 'advise-against',
  verwerpen: 'advise-against',
  'oordeel vergadering': 'assembly-judgement',
  aanhouden: 'postpone',
};
const PART_STATUS: Record<VoteResult, MotionPartStatus> = {
  aangenomen: 'adopted',
  verworpen: 'rejected',
  aangehouden: 'postponed',
  ingetrokken: 'withdrawn',
  afgedaan: 'adopted',
};

export type StoreMotionOptions = {
  meeting: MeetingRef | null;
  held?: boolean;
  /** The date the document states a later status (held, settled) on: its own date or its meeting's. */
  statusDate?: string | null;
  /** The motion's accountability text goes into a round's entry (not onto the motion). */
  inRound?: boolean;
};

/** When the statuses a document states happened: the decision at the meeting, later steps on the document's date. */
type StatusDates = { decided: string | null; later: string | null };

const LATER_STEPS: MotionStatus[] = ['held', 'settled'];

const section = (kind: ClauseKind): ClauseSection =>
  kind === 'noting' || kind === 'considering' ? 'preamble' : 'operative';

/** A clause as the register keeps it: its source numbering, heading and nested items go along. */
export function clauseRow(sectionName: ClauseSection, clause: ClauseRecord): NewClause {
  return {
    section: sectionName,
    kind: clause.kind,
    text: clause.text,
    label: clause.number,
    heading: clause.heading ?? null,
    items: clause.items ?? null,
  };
}

/** The meeting of another body (council, provincial states …): kept on the motion, never made one of ours. */
function sourceMeetingOf(record: MotionRecord, stored: boolean): SourceMeeting | null {
  const meeting = record.meeting ?? record.adoptedAt;
  const agendaItem =
    record.agendaItem || record.agendaItemTitle
      ? { number: record.agendaItem ?? null, title: record.agendaItemTitle ?? null }
      : null;
  if (stored || (!meeting && !agendaItem)) return null;
  return {
    kind: meeting?.kind ?? null,
    date: meeting?.date ?? null,
    place: meeting?.place ?? null,
    agendaItem,
  };
}

/** What the document says beyond title and clauses (issue 10.3). */
function archiveDetails(record: MotionRecord, meetingStored: boolean, inRound: boolean): ArchiveDetails {
  const signatories = record.signers?.length
    ? record.signers
    : record.signatories.map((name) => ({ name, party: null }));
  return {
    explanation: record.explanation ?? null,
    introduction: record.introduction ?? null,
    closing: record.closing ?? null,
    signatories,
    sourceMeeting: sourceMeetingOf(record, meetingStored),
    portfolioHolder: record.portfolioHolder ?? null,
    dueDate: record.due ?? null,
    settledOn: record.settledOn ?? null,
    // A monitor's state of affairs; a report's accountability text goes into its round's entry instead.
    progress: inRound ? null : record.accountability,
  };
}

type Step = Omit<MotionStatusChange, 'motionId'>;

/**
 * The way through the lifecycle to the status the document states, back-dated: submission and decision to the
 * meeting, held and settled to the document. Null when there is nothing to do; 'undated' when a step has no date
 * (the day of the import is no date of the motion's: the status is not taken, staff get a warning).
 */
function stepsTo(
  ic: ImportContext,
  motion: { status: MotionStatus; meetingId: string | null },
  record: MotionRecord,
  to: MotionStatus,
  dates: StatusDates,
): Step[] | 'undated' | null {
  const path = statusPath(motion.status, to);
  if (path === null || path.length === 0) return null;
  if (path.some((step) => (LATER_STEPS.includes(step) ? dates.later : dates.decided) === null))
    return 'undated';
  let from = motion.status;
  const steps: Step[] = [];
  for (const step of path) {
    const later = LATER_STEPS.includes(step);
    const decided =
      ['adopted', 'rejected', 'postponed', 'withdrawn'].includes(step) && record.result !== null;
    steps.push({
      from,
      to: step,
      at: momentOf(later ? dates.later : dates.decided),
      meetingId: later ? null : motion.meetingId,
      reason: `Geïmporteerd uit ${ic.sourceLabel}`,
      ...(decided && record.result
        ? {
            voteResult: wordImportedResult(record.result, record.percentage, record.byAcclamation === true),
            votePercentage: record.percentage,
            byAcclamation: record.byAcclamation === true,
          }
        : {}),
    });
    from = step;
  }
  return steps;
}

function warnUndated(ic: ImportContext, record: MotionRecord, to: MotionStatus) {
  ic.warn(
    `undated-status: Motie "${record.title}": het document noemt de status "${motionStatus.label(to)}" maar ` +
      'geen vergadering of datum waarop die is bereikt; de status is niet overgenomen.',
  );
}

/** The outcome of the vote a status stands for: a held or settled motion was adopted. */
const OUTCOME_OF: Partial<Record<MotionStatus, VoteResult>> = {
  adopted: 'aangenomen',
  held: 'aangenomen',
  settled: 'aangenomen',
  rejected: 'verworpen',
  withdrawn: 'ingetrokken',
};

/**
 * A document that states another outcome than the register has (adopted there, rejected here) changes
 * nothing, and says so: staff check which is right, never the importer.
 */
function warnConflict(ic: ImportContext, motion: MotionWithSubmitters, record: MotionRecord) {
  const stated = record.result;
  if (stated !== 'aangenomen' && stated !== 'verworpen' && stated !== 'ingetrokken') return;
  const known = OUTCOME_OF[motion.status];
  if (!known || known === stated) return;
  const words = wordImportedResult(stated, record.percentage, record.byAcclamation === true);
  ic.warn(
    `conflict: Motie "${record.title}": het document noemt de uitslag "${words}", het register zegt ` +
      `"${motion.voteResult ?? motionStatus.label(motion.status).toLowerCase()}"; het register is niet gewijzigd.`,
  );
}

/** Walks a motion the register has through the lifecycle (stepsTo); true when it moved. */
async function moveTo(
  ic: ImportContext,
  motion: MotionWithSubmitters,
  record: MotionRecord,
  to: MotionStatus,
  dates: StatusDates,
) {
  const steps = stepsTo(ic, motion, record, to, dates);
  if (steps === 'undated') warnUndated(ic, record, to);
  if (steps === null) warnConflict(ic, motion, record);
  if (steps === null || steps === 'undated') return false;
  // The whole path in one write of the motion and one of its transitions.
  await recordMotionTransitions(
    ic.trx,
    ic.writer,
    steps.map((step) => ({ ...step, motionId: motion.id })),
  );
  return true;
}

/** Clauses, pre-advice and parts the register does not have yet; true when anything was added. */
async function addDetails(
  ic: ImportContext,
  motionId: string,
  record: MotionRecord,
  date: string | null,
  fresh: boolean,
) {
  const org = ic.writer.organisationId;
  let added = false;
  const clauses = [...record.preamble, ...record.operative];
  if (clauses.length > 0 && (fresh || (await listMotionClauses(ic.trx, org, motionId)).length === 0)) {
    const rows = clauses.map((clause) => clauseRow(section(clause.kind), clause));
    await addMotionClauses(ic.trx, ic.writer, motionId, rows);
    added = true;
  }
  const advice = record.preAdvice ? PRE_ADVICE[record.preAdvice] : undefined;
  if (advice && !date)
    ic.warn(
      `undated-advice: Motie "${record.title}": het preadvies "${record.preAdvice}" staat zonder vergadering of datum in het document; het is niet overgenomen.`,
    );
  else if (advice && (fresh || (await listPreAdvices(ic.trx, org, motionId)).length === 0)) {
    await addPreAdvice(ic.trx, ic.writer, {
      motionId,
      advice,
      text: record.preAdvice,
      givenAt: momentOf(date),
    });
    added = true;
  }
  if (fresh) {
    for (const [index, part] of record.parts.entries()) {
      const created = await addMotionPart(ic.trx, ic.writer, motionId, { number: index + 1 });
      await updateMotionPart(ic.trx, ic.writer, created.id, {
        status: PART_STATUS[part.result],
        voteResult: wordImportedResult(part.result, part.percentage, false),
        votePercentage: part.percentage,
      });
    }
  }
  return added;
}

/**
 * Stores one motion of a document: matched to an existing motion (same meeting, first submitter,
 * near-identical title) and enriched with what was missing, or created; moved to the status the
 * document states. Returns the motion id and whether it was new.
 */
export async function storeMotion(ic: ImportContext, record: MotionRecord, options: StoreMotionOptions) {
  const meetingRef = record.adoptedAt ?? record.meeting ?? options.meeting;
  const meetingId = await ic.meetingId(meetingRef, { details: { place: meetingRef?.place ?? null } });
  if (meetingId) await keepMeetingPlace(ic, meetingId, meetingRef?.place);
  const agendaItemId = meetingId
    ? await agendaItemFor(ic, meetingId, {
        number: record.agendaItem ?? null,
        title: record.agendaItemTitle ?? null,
      })
    : null;
  // Every submitter in the order written; those matched to a member municipality carry its code.
  const written = record.submitters.map((name) => ({
    name,
    code: record.members?.find((member) => member.name === name)?.code ?? null,
  }));
  const submitters: { memberId: string | null; name: string }[] = [];
  const org = await ic.organisation();
  if (isCouncil(org)) submitters.push(...(await councilSubmittersOf(ic, record, meetingRef?.date ?? null)));
  else
    for (const member of written)
      submitters.push({ memberId: await ic.memberId(member.code), name: member.name });
  const body = [...record.preamble, ...record.operative].map((clause) => clause.text).join('\n') || null;
  const details = archiveDetails(record, meetingId !== null, options.inRound === true);
  const match = await ic.sameMotion({ meetingId, submitters, title: record.title, body });
  for (const other of match.possible) await warnPossibleMatch(ic, record, other);
  let motion = match.same;
  const fresh = motion === null;
  let enriched = false;
  const meetingDate = meetingRef?.date ?? null;
  const decidedOn = meetingId ? meetingDate : (meetingDate ?? ic.source.date);
  const target = targetStatus({
    result: record.result,
    adopted: record.adoptedAt !== null,
    held: options.held === true,
    submitted: meetingId !== null,
  });
  const dates = {
    decided: decidedOn,
    later: laterDate(options.statusDate ?? ic.source.date ?? meetingDate, decidedOn),
  };
  // A new motion is written once, with the status the document states (its transitions and events as ever).
  const freshSteps = fresh ? stepsTo(ic, { status: 'draft', meetingId }, record, target, dates) : null;
  if (!motion) {
    const steps = Array.isArray(freshSteps) ? freshSteps : [];
    motion = await createMotionThrough(
      ic.trx,
      ic.writer,
      {
        title: record.title,
        number: record.number ?? null,
        topic: record.topic,
        call: record.call,
        body,
        andOthers: record.andOthers,
        meetingId,
        agendaItemId,
        status: 'draft',
        submitters,
        ...details,
      },
      steps,
    );
  } else {
    const changes: MotionChanges = {};
    if (!motion.topic && record.topic) changes.topic = record.topic;
    if (!motion.call && record.call) changes.call = record.call;
    if (!motion.body && body) changes.body = body;
    if (!motion.andOthers && record.andOthers) changes.andOthers = true;
    if (!motion.meetingId && meetingId) changes.meetingId = meetingId;
    if (!motion.number && record.number) changes.number = record.number;
    if (!motion.agendaItemId && agendaItemId) changes.agendaItemId = agendaItemId;
    for (const [key, value] of Object.entries(details) as [keyof ArchiveDetails, unknown][]) {
      const empty = Array.isArray(value) ? value.length === 0 : value === null || value === undefined;
      const known = motion[key];
      const missing = Array.isArray(known) ? known.length === 0 : known === null || known === undefined;
      if (!empty && missing) (changes as Record<string, unknown>)[key] = value;
    }
    if (Object.keys(changes).length > 0) {
      motion = await updateMotion(ic.trx, ic.writer, motion.id, changes);
      enriched = true;
    }
    const added = await addMissingSubmitters(ic, motion, submitters);
    if (added) {
      motion = added;
      enriched = true;
    }
  }
  if (await addDetails(ic, motion.id, record, decidedOn, fresh)) enriched = true;
  let moved: boolean;
  if (fresh) {
    if (freshSteps === 'undated') warnUndated(ic, record, target);
    moved = Array.isArray(freshSteps);
  } else moved = await moveTo(ic, motion, record, target, dates);
  ic.rememberMotion(moved ? { ...motion, status: target } : motion);
  ic.count(fresh ? 'motionsCreated' : enriched || moved ? 'motionsEnriched' : 'motionsMatched');
  ic.trace('motion', motion.id, record.source);
  ic.track('motion', motion.id);
  return { id: motion.id, created: fresh };
}

/** A council motion's factions; a party the council has no faction for is kept as written, with a warning. */
async function councilSubmittersOf(ic: ImportContext, record: MotionRecord, date: string | null) {
  const org = await ic.organisation();
  const { submitters, unknown } = councilSubmitters(org, record, date ?? ic.source.date);
  for (const { party, signers } of unknown)
    ic.warn(
      `unknown-faction: Motie "${record.title}": "${party}"${signers.length ? ` (ondertekend door ${signers.join(', ')})` : ''} ` +
        `is geen fractie van ${org.name || 'deze organisatie'}. De indiener is opgenomen zoals geschreven; ` +
        'voeg de fractie toe of corrigeer de indiener.',
    );
  return submitters;
}

const submitterKey = (s: { memberId: string | null; name: string }) =>
  s.memberId ?? s.name.toLowerCase().replace(/\s+/g, '');

/** Co-submitters another document names ("Motie Deventer en Zwolle") join the motion, after those it has. */
async function addMissingSubmitters(
  ic: ImportContext,
  motion: MotionWithSubmitters,
  submitters: { memberId: string | null; name: string }[],
): Promise<MotionWithSubmitters | null> {
  const known = new Set(motion.submitters.map(submitterKey));
  const missing = submitters.filter((s) => !known.has(submitterKey(s)));
  if (missing.length === 0) return null;
  let list = motion.submitters;
  for (const submitter of missing) list = await addMotionSubmitter(ic.trx, ic.writer, motion.id, submitter);
  return { ...motion, submitters: list };
}

async function warnPossibleMatch(ic: ImportContext, record: MotionRecord, other: MotionCandidate) {
  const meeting = other.meetingId ? await ic.meetingTitle(other.meetingId) : null;
  const by = other.submitters.map((s) => s.name).join(', ');
  ic.warn(
    `possible-duplicate: Motie "${record.title}" lijkt op de motie "${other.title}"` +
      `${by ? ` van ${by}` : ''}${meeting ? ` (${meeting})` : ''} in het register, maar titel, indieners of ` +
      'vergadering verschillen te veel om zeker te zijn. Ze is als aparte motie opgenomen; voeg ze zo nodig samen.',
  );
}
