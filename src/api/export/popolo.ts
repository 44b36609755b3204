import type { AppContext } from '../../app-context.js';
import type {
  BallotChoice,
  MajorityRule,
  MotionStatus,
  OrganisationKind,
  VotingRule,
} from '../../domain/types.js';
import { getMeetingWeights, type MeetingWeights } from '../../store/repositories/attendance.js';
import { listMembers } from '../../store/repositories/members.js';
import { listMotions, type MotionFilter } from '../../store/repositories/motions.js';
import { listBallots, listVotes, type VoteRecord } from '../../store/repositories/votes.js';

/** Popolo (popoloproject.com) JSON: organizations, motions, vote events with counts, and votes with weight. */
export const MAX_POPOLO_MOTIONS = 10_000;

const OPTION: Record<BallotChoice, string> = { for: 'yes', against: 'no', abstain: 'abstain' };
const PASSED: ReadonlySet<MotionStatus> = new Set(['adopted', 'held', 'settled']);

const MAJORITY: Record<MajorityRule, string> = {
  simple: 'simple majority',
  'two-thirds': 'two-thirds majority',
};

/** "simple majority of weighted votes cast" where members' votes weigh differently; of votes cast where each counts one (a member or a seat). */
function requirement(majority: MajorityRule, rule: VotingRule): string {
  const votes = rule.kind === 'equal' || rule.kind === 'seats' ? 'votes cast' : 'weighted votes cast';
  return `${MAJORITY[majority] ?? majority} of ${votes}`;
}

/** Popolo's classification of the organisation: an association, or a council, provincial or water board (a legislature). */
const classificationOf = (kind: OrganisationKind | undefined): string =>
  (kind ?? 'vereniging') === 'vereniging' ? 'association' : 'legislature';

/** The weighting of a vote: the one its meeting froze, else the organisation's as it is now. */
const weightingOf = (ctx: AppContext, frozen: MeetingWeights | undefined): VotingRule =>
  (frozen?.rule as VotingRule | null | undefined) ?? ctx.organisation.settings.votingRule;

/**
 * The rule a vote was decided by: the majority stored with the vote, the weighting the meeting froze (or, for a
 * vote without frozen weights, the organisation's rule as it is now), and the quorum with the weights the tally
 * recorded. Abstentions count towards presence, not towards the percentage.
 */
function ruleUsed(ctx: AppContext, v: VoteRecord, frozen: MeetingWeights | undefined) {
  const settings = ctx.organisation.settings;
  return {
    majority: v.majority,
    requirement: requirement(v.majority, weightingOf(ctx, frozen)),
    abstentions: 'reported apart; not part of the percentage',
    weighting: frozen?.rule ?? settings.votingRule,
    weights_reference_date: frozen?.referenceDate ?? null,
    weights_source: frozen ? 'meeting' : 'organisation',
    quorum: settings.quorum,
    eligible_weight: v.result?.eligibleWeight ?? frozen?.eligibleWeight ?? null,
    present_weight: v.result?.presentWeight ?? null,
    quorum_met: v.result?.quorumMet ?? null,
  };
}

function motionResult(status: MotionStatus): 'pass' | 'fail' | null {
  if (PASSED.has(status)) return 'pass';
  if (status === 'rejected') return 'fail';
  return null;
}

export async function buildPopolo(
  ctx: AppContext,
  filter: { meetingId?: string; year?: number },
): Promise<Record<string, unknown>> {
  const org = ctx.organisation;
  const motionFilter: MotionFilter = {
    status: ['submitted', 'withdrawn', 'postponed', 'adopted', 'rejected', 'held', 'settled'],
    meetingId: filter.meetingId,
    year: filter.year,
  };
  const [members, motions, votes] = await Promise.all([
    listMembers(ctx.db, org.id),
    listMotions(ctx.db, org.id, motionFilter, { limit: MAX_POPOLO_MOTIONS, offset: 0 }, 'submitted'),
    listVotes(
      ctx.db,
      org.id,
      { meetingId: filter.meetingId, status: ['published'] },
      { limit: MAX_POPOLO_MOTIONS, offset: 0 },
    ),
  ]);
  const motionIds = new Set(motions.items.map((m) => m.id));
  const relevant = votes.items.filter(
    (v) => !filter.year || (v.motionId !== null && motionIds.has(v.motionId)),
  );
  const voted = new Set(relevant.map((v) => v.motionId).filter((id): id is string => id !== null));
  const voteEvents: Record<string, unknown>[] = [];
  const frozen = new Map<string, MeetingWeights | undefined>();
  for (const v of relevant) {
    if (v.meetingId && !frozen.has(v.meetingId))
      frozen.set(v.meetingId, await getMeetingWeights(ctx.db, org.id, v.meetingId));
    voteEvents.push(await voteEvent(ctx, v, v.meetingId ? frozen.get(v.meetingId) : undefined));
  }
  const majorityOf = new Map(
    relevant.filter((v) => v.motionId).map((v) => [v.motionId as string, v.majority]),
  );
  for (const m of motions.items) {
    if (voted.has(m.id) || m.voteResult === null) continue;
    voteEvents.push({
      id: `${m.id}-uitslag`,
      motion_id: m.id,
      organization_id: org.id,
      legislative_session_id: m.meetingId,
      start_date: m.decidedAt,
      result: motionResult(m.status),
      counts: [],
      votes: [],
      percentage_for: m.votePercentage,
      by_acclamation: m.byAcclamation,
      description: m.voteResult,
    });
  }
  return {
    organizations: [
      { id: org.id, name: org.name, classification: classificationOf(org.kind) },
      ...members.map((m) => ({
        id: m.id,
        name: m.name,
        classification: m.kind,
        identifiers: [{ scheme: 'cbs', identifier: m.code }],
        parent_id: org.id,
        dissolution_date: m.ceasedOn,
      })),
    ],
    motions: motions.items.map((m) => ({
      id: m.id,
      organization_id: org.id,
      legislative_session_id: m.meetingId,
      identifier: m.number,
      text: m.title,
      classification: 'motie',
      date: m.submittedAt,
      requirement: requirement(majorityOf.get(m.id) ?? org.settings.majority, org.settings.votingRule),
      result: motionResult(m.status),
      creator_ids: m.submitters.map((s) => s.memberId).filter((id): id is string => id !== null),
      subject: m.topic,
    })),
    vote_events: voteEvents,
  };
}

async function voteEvent(
  ctx: AppContext,
  v: VoteRecord,
  frozen: MeetingWeights | undefined,
): Promise<Record<string, unknown>> {
  const { result } = v;
  const ballots = await listBallots(ctx.db, ctx.organisation.id, v.id);
  return {
    id: v.id,
    motion_id: v.motionId ?? v.resolutionId,
    organization_id: ctx.organisation.id,
    legislative_session_id: v.meetingId,
    identifier: v.subject,
    start_date: v.openedAt,
    end_date: v.closedAt,
    result: result ? (result.outcome === 'adopted' ? 'pass' : 'fail') : null,
    counts: v.byAcclamation
      ? []
      : result?.alternatives
        ? result.alternatives.tallies.map((t) => ({
            option: OPTION[t.key as BallotChoice] ?? t.key,
            label: t.label,
            value: t.weight,
            percentage: t.percentage,
          }))
        : [
            { option: 'yes', value: result?.for ?? 0 },
            { option: 'no', value: result?.against ?? 0 },
            { option: 'abstain', value: result?.abstain ?? 0 },
          ],
    percentage_for: result?.percentageFor ?? null,
    by_acclamation: v.byAcclamation,
    requirement: requirement(v.majority, weightingOf(ctx, frozen)),
    rule: ruleUsed(ctx, v, frozen),
    votes: ballots.map((b) => ({
      vote_event_id: v.id,
      voter_id: b.memberId,
      option: b.choice in OPTION ? OPTION[b.choice as BallotChoice] : b.choice,
      weight: b.weight,
    })),
  };
}
