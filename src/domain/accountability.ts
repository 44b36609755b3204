import { randomUUID } from 'node:crypto';
import { assertTimestamp, dateOf } from './dates.js';
import { DomainError, illegalTransition } from './errors.js';
import { isMotionOpenForAccountability, transitionMotion } from './motion-lifecycle.js';
import type {
  AccountabilityDecision,
  AccountabilityEntry,
  AccountabilityProposal,
  AccountabilityRound,
  Id,
  IsoTimestamp,
  Meeting,
  Motion,
  MotionTransition,
} from './types.js';

/**
 * Motions the board must account for at `meeting`: adopted or held, and adopted before it.
 * Motions adopted at this very meeting are accounted for at the next one.
 */
export function selectMotionsForAccountability(options: {
  motions: readonly Motion[];
  meeting: Meeting;
}): Motion[] {
  const { motions, meeting } = options;
  return motions.filter(
    (motion) =>
      isMotionOpenForAccountability(motion.status) &&
      motion.adoptedAtMeetingId !== meeting.id &&
      (motion.adoptedOn === null || motion.adoptedOn < meeting.date),
  );
}

export type OpenAccountabilityRoundOptions = {
  organisationId: Id;
  meeting: Meeting;
  motions: readonly Motion[];
  at: IsoTimestamp;
  createId?: () => Id;
};

export function openAccountabilityRound(options: OpenAccountabilityRoundOptions): {
  round: AccountabilityRound;
  entries: AccountabilityEntry[];
} {
  assertTimestamp(options.at);
  const createId = options.createId ?? randomUUID;
  const round: AccountabilityRound = {
    id: createId(),
    organisationId: options.organisationId,
    meetingId: options.meeting.id,
    status: 'open',
    letterId: null,
    agendaItemId: null,
    openedAt: options.at,
    approvedAt: null,
    approvedBy: null,
    decidedAt: null,
  };
  const entries = selectMotionsForAccountability(options).map(
    (motion): AccountabilityEntry => ({
      id: createId(),
      roundId: round.id,
      motionId: motion.id,
      text: '',
      proposal: null,
      condition: null,
      decision: null,
      decidedOn: null,
      voteId: null,
    }),
  );
  return { round, entries };
}

export type WriteAccountabilityEntryOptions = {
  round: AccountabilityRound;
  entry: AccountabilityEntry;
  text: string;
  proposal: AccountabilityProposal;
  condition?: string | null;
};

/** Staff write while the round is open; once the board approved it the text is what was sent. */
export function writeAccountabilityEntry(options: WriteAccountabilityEntryOptions): AccountabilityEntry {
  const { round, entry, proposal } = options;
  assertEntryInRound(round, entry);
  if (round.status !== 'open') {
    throw new DomainError('round_not_open', 'Entries can only be written while the round is open', {
      current: round.status,
    });
  }
  const condition = options.condition?.trim() || null;
  if (proposal === 'conditional' && condition === null) {
    throw new DomainError('condition_required', 'A conditional proposal needs its condition');
  }
  return { ...entry, text: options.text, proposal, condition: proposal === 'conditional' ? condition : null };
}

export function approveAccountabilityRound(options: {
  round: AccountabilityRound;
  entries: readonly AccountabilityEntry[];
  at: IsoTimestamp;
  actorId: Id;
}): AccountabilityRound {
  const { round } = options;
  if (round.status !== 'open') {
    throw illegalTransition({
      entity: 'accountability round',
      current: round.status,
      to: 'approved',
      allowed: [],
    });
  }
  assertTimestamp(options.at);
  const incomplete = options.entries.filter((entry) => entry.proposal === null || entry.text.trim() === '');
  if (incomplete.length > 0) {
    throw new DomainError('round_incomplete', `${incomplete.length} entries lack a text or proposal`, {
      details: { entryIds: incomplete.map((entry) => entry.id) },
    });
  }
  return { ...round, status: 'approved', approvedAt: options.at, approvedBy: options.actorId };
}

export type AssemblyDecision = { entryId: Id; decision: AccountabilityDecision };

export type ApplyAssemblyDecisionOptions = {
  round: AccountabilityRound;
  entries: readonly AccountabilityEntry[];
  motions: readonly Motion[];
  /**
   * Explicit decisions per entry. Entries not listed follow their proposal when `followProposals`
   * is set (the whole proposal adopted in one vote); a conditional entry is never decided implicitly.
   */
  decisions?: readonly AssemblyDecision[];
  followProposals?: boolean;
  at: IsoTimestamp;
  actorId: Id | null;
  voteId?: Id | null;
};

export type ApplyAssemblyDecisionResult = {
  round: AccountabilityRound;
  entries: AccountabilityEntry[];
  /** Only the motions that changed. */
  motions: Motion[];
  transitions: MotionTransition[];
};

export function applyAssemblyDecision(options: ApplyAssemblyDecisionOptions): ApplyAssemblyDecisionResult {
  const { round } = options;
  if (round.status !== 'approved') {
    throw new DomainError('round_not_approved', 'The assembly decides on a round the board has approved', {
      current: round.status,
    });
  }
  assertTimestamp(options.at);
  const explicit = new Map((options.decisions ?? []).map((item) => [item.entryId, item.decision]));
  for (const entryId of explicit.keys()) {
    if (!options.entries.some((entry) => entry.id === entryId)) {
      throw new DomainError('entry_not_in_round', `Entry ${entryId} is not part of round ${round.id}`);
    }
  }
  const motionsById = new Map(options.motions.map((motion) => [motion.id, motion]));
  const changed: Motion[] = [];
  const transitions: MotionTransition[] = [];
  const entries = options.entries.map((entry) => {
    assertEntryInRound(round, entry);
    const chosen = explicit.get(entry.id);
    // Following proposals never re-decides an entry settled by an earlier call.
    if (chosen === undefined && (entry.decision !== null || !options.followProposals)) return entry;
    const decision = chosen ?? decisionFromProposal(entry.proposal);
    if (decision === null) return entry;
    if (entry.decision !== null) {
      throw new DomainError('entry_already_decided', `Entry ${entry.id} was already decided`, {
        current: entry.decision,
      });
    }
    const motion = motionsById.get(entry.motionId);
    if (!motion) throw new DomainError('entry_not_in_round', `Motion ${entry.motionId} was not supplied`);
    const moved = transitionMotion({
      motion,
      to: decision,
      at: options.at,
      actorId: options.actorId,
      meetingId: round.meetingId,
      voteId: options.voteId ?? null,
      accountabilityEntryId: entry.id,
    });
    changed.push(moved.motion);
    transitions.push(moved.transition);
    return { ...entry, decision, decidedOn: dateOf(options.at), voteId: options.voteId ?? null };
  });
  const allDecided = entries.every((entry) => entry.decision !== null);
  const nextRound: AccountabilityRound = allDecided
    ? { ...round, status: 'decided', decidedAt: options.at }
    : round;
  return { round: nextRound, entries, motions: changed, transitions };
}

/** A conditional proposal stays undecided until the assembly says held or settled explicitly. */
export function decisionFromProposal(proposal: AccountabilityProposal | null): AccountabilityDecision | null {
  if (proposal === 'hold') return 'held';
  if (proposal === 'settle') return 'settled';
  return null;
}

function assertEntryInRound(round: AccountabilityRound, entry: AccountabilityEntry): void {
  if (entry.roundId !== round.id) {
    throw new DomainError('entry_not_in_round', `Entry ${entry.id} is not part of round ${round.id}`);
  }
}
