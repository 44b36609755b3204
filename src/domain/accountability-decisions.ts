import { assertEntryInRound } from './accountability.js';
import { assertTimestamp } from './dates.js';
import { DomainError } from './errors.js';
import { transitionMotion } from './motion-lifecycle.js';
import type {
  AccountabilityDecision,
  AccountabilityProposal,
  EntryFacts,
  Id,
  IsoTimestamp,
  MotionFacts,
  MotionTransition,
  RoundFacts,
} from './types.js';
import { decision as decisionTerms } from './vocabulary/accountability.js';

export type AssemblyDecision = { entryId: Id; decision: AccountabilityDecision };

export type ApplyAssemblyDecisionOptions<R extends RoundFacts, E extends EntryFacts> = {
  round: R;
  entries: readonly E[];
  /** The entries' motions; their titles name the conditional ones in a refusal. */
  motions: readonly (MotionFacts & { title?: string })[];
  /**
   * Explicit decisions per entry. Entries not listed follow their proposal when `followProposals`
   * is set (the whole proposal adopted in one vote); a conditional entry is never decided implicitly:
   * with `followProposals` every undecided conditional entry needs an explicit decision, or nothing is decided.
   */
  decisions?: readonly AssemblyDecision[];
  followProposals?: boolean;
  /** The moment of the meeting that decides (meetingMoment), never the clock. */
  at: IsoTimestamp;
  voteId?: Id | null;
};

export type ApplyAssemblyDecisionResult<R extends RoundFacts, E extends EntryFacts> = {
  round: R;
  /** Every entry; the ones decided now carry their decision and `decidedAt`. */
  entries: (E & { decidedAt?: IsoTimestamp })[];
  /** The motions that move: held (aangehouden) or settled (afgedaan). */
  transitions: MotionTransition[];
};

export function applyAssemblyDecision<R extends RoundFacts, E extends EntryFacts>(
  options: ApplyAssemblyDecisionOptions<R, E>,
): ApplyAssemblyDecisionResult<R, E> {
  const { round } = options;
  if (round.status === 'decided') {
    throw new DomainError('round_decided', 'The assembly has decided on every entry of this round', {
      current: round.status,
    });
  }
  if (round.status !== 'approved') {
    throw new DomainError('round_not_approved', 'The assembly decides on a round the board has approved', {
      current: round.status,
    });
  }
  assertTimestamp(options.at);
  const explicit = new Map<Id, AccountabilityDecision>();
  for (const item of options.decisions ?? []) {
    // One decision per motion: a second one for the same entry would silently overrule the first.
    if (explicit.has(item.entryId))
      throw new DomainError('duplicate_decision', `Entry ${item.entryId} is decided more than once`, {
        details: { entryId: item.entryId },
      });
    explicit.set(item.entryId, item.decision);
  }
  for (const entryId of explicit.keys()) {
    if (!options.entries.some((entry) => entry.id === entryId)) {
      throw new DomainError('entry_not_in_round', `Entry ${entryId} is not part of round ${round.id}`);
    }
  }
  const motionsById = new Map(options.motions.map((motion) => [motion.id, motion]));
  if (options.followProposals) assertConditionalsDecided(options.entries, explicit, motionsById);
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
    transitions.push(
      transitionMotion({
        motion,
        to: decision,
        at: options.at,
        meetingId: round.meetingId,
        voteId: options.voteId ?? null,
        roundId: round.id,
        reason: `${decisionTerms.label(decision).toLowerCase()} door de vergadering`,
      }),
    );
    return { ...entry, decision, decidedAt: options.at };
  });
  const allDecided = entries.every((entry) => entry.decision !== null);
  return { round: allDecided ? { ...round, status: 'decided' } : round, entries, transitions };
}

/**
 * "Follow all proposals" cannot decide a conditional proposal: the assembly says held or settled on each one
 * explicitly, or the whole decision is refused with the list of those entries.
 */
function assertConditionalsDecided(
  entries: readonly EntryFacts[],
  explicit: ReadonlyMap<Id, AccountabilityDecision>,
  motions: ReadonlyMap<Id, MotionFacts & { title?: string }>,
): void {
  const open = entries.filter(
    (entry) => entry.decision === null && entry.proposal === 'conditional' && !explicit.has(entry.id),
  );
  if (open.length === 0) return;
  throw new DomainError(
    'conditional_undecided',
    `${open.length} conditional proposals need an explicit decision`,
    {
      details: {
        entries: open.map((entry) => ({
          entryId: entry.id,
          motionId: entry.motionId,
          motionTitle: motions.get(entry.motionId)?.title ?? '',
          condition: entry.condition,
        })),
      },
    },
  );
}

/** A conditional proposal stays undecided until the assembly says held or settled explicitly. */
export function decisionFromProposal(proposal: AccountabilityProposal | null): AccountabilityDecision | null {
  if (proposal === 'hold') return 'held';
  if (proposal === 'settle') return 'settled';
  return null;
}
