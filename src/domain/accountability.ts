import { randomUUID } from 'node:crypto';
import { assertTimestamp } from './dates.js';
import { DomainError, illegalTransition } from './errors.js';
import { isMotionOpenForAccountability } from './motion-lifecycle.js';
import type {
  AccountabilityProposal,
  EntryFacts,
  Id,
  IsoDate,
  IsoTimestamp,
  MotionStatus,
  RoundFacts,
} from './types.js';

/** A motion as the round sees it: its status, and the meeting and date it was adopted. */
export type AccountableMotion = {
  id: Id;
  status: MotionStatus;
  /** The meeting that voted on (and adopted) the motion. */
  meetingId: Id | null;
  /** The date of that meeting (or of the decision, when the meeting is unknown). */
  adoptedOn: IsoDate | null;
};

/**
 * Motions the board must account for at `meeting`: adopted or held, and adopted before it.
 * Motions adopted at this very meeting are accounted for at the next one.
 */
export function selectMotionsForAccountability<M extends AccountableMotion>(options: {
  motions: readonly M[];
  meeting: { id: Id; date: IsoDate };
}): M[] {
  const { motions, meeting } = options;
  return motions.filter(
    (motion) =>
      isMotionOpenForAccountability(motion.status) &&
      motion.meetingId !== meeting.id &&
      (motion.adoptedOn === null || motion.adoptedOn < meeting.date),
  );
}

export type OpenAccountabilityRoundOptions = {
  meeting: { id: Id; date: IsoDate };
  motions: readonly AccountableMotion[];
  at: IsoTimestamp;
  createId?: () => Id;
};

/** A new round for the meeting, with an empty entry per motion still open for accountability. */
export function openAccountabilityRound(options: OpenAccountabilityRoundOptions): {
  round: RoundFacts & { openedAt: IsoTimestamp };
  entries: { roundId: Id; motionId: Id }[];
} {
  assertTimestamp(options.at);
  const id = (options.createId ?? randomUUID)();
  const round = { id, meetingId: options.meeting.id, status: 'open' as const, openedAt: options.at };
  const entries = selectMotionsForAccountability(options).map((motion) => ({
    roundId: id,
    motionId: motion.id,
  }));
  return { round, entries };
}

export type WriteAccountabilityEntryOptions<E extends EntryFacts> = {
  round: RoundFacts;
  entry: E;
  text: string;
  proposal: AccountabilityProposal;
  condition?: string | null;
};

/** Staff write while the round is open; once the board approved it the text is what was sent. */
export function writeAccountabilityEntry<E extends EntryFacts>(
  options: WriteAccountabilityEntryOptions<E>,
): E {
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

/** The board approves the round as a whole: every entry needs a text and a proposal. */
export function approveAccountabilityRound<R extends RoundFacts>(options: {
  round: R;
  entries: readonly EntryFacts[];
}): R {
  const { round } = options;
  if (round.status !== 'open') {
    throw illegalTransition({
      entity: 'accountability round',
      current: round.status,
      to: 'approved',
      // An approved round still awaits the assembly's decision; a decided one has no step left.
      allowed: round.status === 'approved' ? ['decided'] : [],
    });
  }
  const incomplete = options.entries.filter(
    (entry) => entry.proposal === null || (entry.text ?? '').trim() === '',
  );
  if (incomplete.length > 0) {
    throw new DomainError('round_incomplete', `${incomplete.length} entries lack a text or proposal`, {
      details: { entryIds: incomplete.map((entry) => entry.id) },
    });
  }
  return { ...round, status: 'approved' };
}

/** Entries belong to exactly one round; mixing rounds would decide the wrong motions. */
export function assertEntryInRound(round: RoundFacts, entry: EntryFacts): void {
  if (entry.roundId !== round.id) {
    throw new DomainError('entry_not_in_round', `Entry ${entry.id} is not part of round ${round.id}`);
  }
}
