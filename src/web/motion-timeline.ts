import {
  decision,
  formatProposal,
  formatVoteResult,
  motionStatus,
  preAdvice,
} from '../domain/vocabulary/index.js';
import { formatMeeting } from '../report/dutch-format.js';
import type { EntryWithRound } from '../store/repositories/accountability.js';
import type { PreAdviceRecord } from '../store/repositories/motion-extras.js';
import type { MotionRecord, MotionTransitionRecord } from '../store/repositories/motions.js';
import type { VoteRecord } from '../store/repositories/votes.js';

/** One step in a motion's history as the motion page shows it. */
export type TimelineEvent = {
  at: string;
  title: string;
  text?: string | null;
  detail?: string | null;
  link?: { href: string; label: string };
};

type VoteFigures = { for: number; against: number; abstain: number; percentageFor: number | null };

const isFigures = (value: unknown): value is VoteFigures =>
  typeof value === 'object' && value !== null && 'for' in value && 'against' in value;

/** "aangenomen met 98,29%" as published with the motion, or worded from its facts when it lacks the wording. */
export function voteWording(
  motion: Pick<MotionRecord, 'voteResult' | 'votePercentage' | 'byAcclamation' | 'status'>,
): string | null {
  if (motion.voteResult) return motion.voteResult;
  if (!motion.byAcclamation && motion.votePercentage === null) return null;
  return formatVoteResult({
    outcome: motion.status === 'rejected' ? 'rejected' : 'adopted',
    percentage: motion.votePercentage,
    byAcclamation: motion.byAcclamation,
  });
}

function voteDetail(vote: VoteRecord | undefined): string | null {
  if (!vote || !isFigures(vote.result)) return null;
  const r = vote.result;
  return `Gewogen stemmen: ${r.for} voor, ${r.against} tegen, ${r.abstain} onthouding (onthoudingen tellen niet mee in het percentage).`;
}

type Sources = {
  motion: MotionRecord;
  transitions: MotionTransitionRecord[];
  preAdvices: PreAdviceRecord[];
  entries: EntryWithRound[];
  votes: VoteRecord[];
  meetingTitles: Map<string, string>;
};

/** The motion's history in date order: submission, pre-advice, vote, accountability and decisions. */
export function buildMotionTimeline(s: Sources): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const votes = new Map(s.votes.map((v) => [v.id, v]));
  const meetingLink = (id: string | null) =>
    id && s.meetingTitles.has(id)
      ? { href: `/vergaderingen/${id}`, label: s.meetingTitles.get(id)! }
      : undefined;
  if (!s.transitions.some((t) => t.toStatus === 'submitted') && s.motion.submittedAt)
    events.push({ at: s.motion.submittedAt, title: 'Ingediend', link: meetingLink(s.motion.meetingId) });
  for (const t of s.transitions) {
    if (t.roundId) continue; // shown with the accountability entry that caused it
    const label = motionStatus.label(t.toStatus);
    const isVote = t.toStatus === 'adopted' || t.toStatus === 'rejected';
    const wording = isVote ? voteWording(s.motion) : null;
    events.push({
      at: t.at,
      title: wording ? `${label}: ${wording}` : label,
      // A recorded vote keeps its wording as the reason too; the title already says it.
      text: wording && t.reason?.trim().toLowerCase() === wording.toLowerCase() ? null : t.reason,
      detail: isVote ? voteDetail(t.voteId ? votes.get(t.voteId) : undefined) : null,
      link: meetingLink(t.meetingId),
    });
  }
  for (const p of s.preAdvices) {
    events.push({
      at: p.givenAt,
      title: `Preadvies van het bestuur: ${preAdvice.label(p.advice)}`,
      text: p.text,
    });
  }
  for (const e of s.entries) {
    const proposal = formatProposal(e);
    // "ALV 18 juni 2025 · Besluit: aangehouden": what happened, and where.
    const where = formatMeeting({ kind: e.round.meetingKind, date: e.round.meetingDate });
    const meeting = { href: `/vergaderingen/${e.round.meetingId}`, label: e.round.meetingTitle };
    events.push({
      at: e.round.meetingDate,
      title: `${where} · Verantwoording, voorstel van het bestuur: ${proposal.toLowerCase()}`,
      text: e.text,
      detail: e.round.status === 'open' ? 'Nog niet vastgesteld door het bestuur.' : null,
      link: meeting,
    });
    if (e.decision) {
      events.push({
        at: e.round.meetingDate,
        title: `${where} · Besluit: ${decision.label(e.decision).toLowerCase()}`,
        link: meeting,
      });
    }
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}
