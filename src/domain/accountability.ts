import { randomUUID } from 'node:crypto';
import { assertTimestamp } from './dates.js';
import { DomainError, illegalTransition } from './errors.js';
import { isMotionOpenForAccountability } from './motion-lifecycle.js';
import type {
  AccountabilityEntry,
  AccountabilityProposal,
  AccountabilityRound,
  Id,
  IsoTimestamp,
  Meeting,
  Motion,
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

/** Entries belong to exactly one round; mixing rounds would decide the wrong motions. */
export function assertEntryInRound(round: AccountabilityRound, entry: AccountabilityEntry): void {
  if (entry.roundId !== round.id) {
    throw new DomainError('entry_not_in_round', `Entry ${entry.id} is not part of round ${round.id}`);
  }
}
