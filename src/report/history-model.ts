import { MOTION_STATUS_LABELS } from '../domain/labels.js';
import type { MotionStatus } from '../domain/types.js';
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

type Meeting = { id: string; kind: string; date: string };

export type BuildMotionHistoryOptions = {
  organisation: string;
  motion: {
    id: string;
    title: string;
    topic: string | null;
    status: string;
    andOthers: boolean;
    submitters: { name: string }[];
    meetingId: string | null;
  };
  meetings: readonly Meeting[];
  transitions: readonly {
    fromStatus: string | null;
    toStatus: string;
    at: string;
    meetingId: string | null;
    reason: string | null;
  }[];
  votes: readonly {
    subject: string;
    status: string;
    result: string | null;
    byAcclamation: boolean;
    openedAt: string | null;
    closedAt: string | null;
    partNumber: number | null;
    meeting: Meeting | null;
  }[];
  entries: readonly {
    proposal: string | null;
    condition: string | null;
    decision: string | null;
    decidedAt: string | null;
    createdAt: string;
    round: { title: string; meetingDate: string; meetingId: string };
  }[];
};

const statusLabel = (status: string | null) =>
  status === null ? 'nieuw' : (MOTION_STATUS_LABELS[status as MotionStatus] ?? status).toLowerCase();

const PROPOSALS: Record<string, string> = { hold: 'aanhouden', settle: 'als afgedaan beschouwen' };
const DECISIONS: Record<string, string> = { held: 'aangehouden', settled: 'afgedaan' };

/** A stored vote result is JSON (a tally) or a plain word; either way one readable phrase. */
function describeVoteResult(vote: BuildMotionHistoryOptions['votes'][number]): string {
  if (vote.byAcclamation) return 'bij acclamatie';
  if (!vote.result) return `status ${vote.status}`;
  try {
    const parsed = JSON.parse(vote.result) as { outcome?: string; percentageFor?: number | null };
    const outcome =
      parsed.outcome === 'adopted'
        ? 'aangenomen'
        : parsed.outcome === 'rejected'
          ? 'verworpen'
          : parsed.outcome;
    const share =
      typeof parsed.percentageFor === 'number'
        ? ` met ${parsed.percentageFor.toFixed(2).replace('.', ',')}%`
        : '';
    return `${outcome ?? 'uitslag onbekend'}${share}`;
  } catch {
    return vote.result;
  }
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
        e.proposal === 'conditional'
          ? (e.condition ?? 'voorwaardelijk')
          : (PROPOSALS[e.proposal ?? ''] ?? 'nog geen');
      const decision = e.decision ? `; besluit: ${DECISIONS[e.decision] ?? e.decision}` : '';
      return {
        at: e.decidedAt ?? e.round.meetingDate,
        kind: 'accountability' as const,
        title: `Verantwoording${meeting ? ` ${formatMeeting(meeting)}` : ''}`,
        detail: `${e.round.title}: voorstel ${proposal}${decision}`,
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
