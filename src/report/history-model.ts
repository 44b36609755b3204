import type {
  AccountabilityDecision,
  AccountabilityProposal,
  MeetingKind,
  MotionStatus,
} from '../domain/types.js';
import {
  decision as decisionTerms,
  formatProposal,
  formatVoteResult,
  motionStatus,
  voteStatus,
} from '../domain/vocabulary/index.js';
import { resultFacts } from '../domain/vote-tally.js';
import type { MotionVoteSummary } from '../store/repositories/report-queries.js';
import { formatMeeting } from './dutch-format.js';
import type { MeetingRef } from './model.js';

export type HistoryEventKind = 'transition' | 'vote' | 'accountability';

export type HistoryEvent = {
  /** ISO date or timestamp. */
  at: string;
  kind: HistoryEventKind;
  /** "Aangenomen", "Stemming", "Verantwoording ALV 18 juni 2025". */
  title: string;
  detail: string | null;
};

export type MotionHistory = {
  motionId: string;
  organisation: string;
  title: string;
  submitters: string[];
  andOthers: boolean;
  topic: string | null;
  status: string;
  meeting: MeetingRef | null;
  events: HistoryEvent[];
};

type Meeting = { id: string; kind: MeetingKind; date: string };

export type BuildMotionHistoryOptions = {
  organisation: string;
  motion: {
    id: string;
    title: string;
    topic: string | null;
    status: MotionStatus;
    andOthers: boolean;
    submitters: { name: string }[];
    meetingId: string | null;
  };
  meetings: readonly Meeting[];
  transitions: readonly {
    fromStatus: MotionStatus | null;
    toStatus: MotionStatus;
    at: string;
    meetingId: string | null;
    reason: string | null;
  }[];
  votes: readonly Omit<MotionVoteSummary, 'id'>[];
  entries: readonly {
    proposal: AccountabilityProposal | null;
    condition: string | null;
    decision: AccountabilityDecision | null;
    decidedAt: string | null;
    createdAt: string;
    round: { title: string; meetingDate: string; meetingId: string };
  }[];
};

const statusLabel = (status: MotionStatus | null) =>
  status === null ? 'nieuw' : motionStatus.label(status).toLowerCase();

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The tally of a vote worded as every result is; before it is closed, where the vote stands. */
function describeVoteResult(vote: BuildMotionHistoryOptions['votes'][number]): string {
  if (vote.result)
    return formatVoteResult({ ...resultFacts(vote.result), byAcclamation: vote.byAcclamation });
  if (vote.byAcclamation)
    return formatVoteResult({ outcome: 'adopted', percentage: null, byAcclamation: true });
  return `status ${voteStatus.label(vote.status).toLowerCase()}`;
}

/** Every transition, vote and accountability entry of one motion, oldest first. */
export function buildMotionHistory(options: BuildMotionHistoryOptions): MotionHistory {
  const meetings = new Map(options.meetings.map((m) => [m.id, m]));
  const at = (id: string | null) => {
    const meeting = id ? meetings.get(id) : undefined;
    return meeting ? ` (${formatMeeting(meeting)})` : '';
  };
  const events: HistoryEvent[] = [
    ...options.transitions.map((t) => ({
      at: t.at,
      kind: 'transition' as const,
      title: `${statusLabel(t.fromStatus)} → ${statusLabel(t.toStatus)}`,
      detail: [t.reason, at(t.meetingId).trim()].filter(Boolean).join(' ') || null,
    })),
    ...options.votes.map((v) => ({
      at: v.closedAt ?? v.openedAt ?? v.meeting?.date ?? '',
      kind: 'vote' as const,
      title: v.partNumber ? `Stemming over deel ${v.partNumber}` : 'Stemming',
      detail: `${v.subject}: ${describeVoteResult(v)}${v.meeting ? ` (${formatMeeting(v.meeting)})` : ''}`,
    })),
    ...options.entries.map((e) => {
      const meeting = meetings.get(e.round.meetingId);
      const proposal =
        e.proposal === null ? 'nog geen voorstel' : `voorstel ${lowerFirst(formatProposal(e))}`;
      const decision = e.decision ? `; besluit: ${decisionTerms.label(e.decision).toLowerCase()}` : '';
      return {
        at: e.decidedAt ?? e.round.meetingDate,
        kind: 'accountability' as const,
        title: `Verantwoording${meeting ? ` ${formatMeeting(meeting)}` : ''}`,
        detail: `${e.round.title}: ${proposal}${decision}`,
      };
    }),
  ];
  events.sort((a, b) => a.at.localeCompare(b.at));
  const { motion } = options;
  const meeting = motion.meetingId ? meetings.get(motion.meetingId) : undefined;
  return {
    motionId: motion.id,
    organisation: options.organisation,
    title: motion.title,
    submitters: motion.submitters.map((s) => s.name),
    andOthers: motion.andOthers,
    topic: motion.topic,
    status: statusLabel(motion.status),
    meeting: meeting ? { kind: meeting.kind, date: meeting.date } : null,
    events,
  };
}
