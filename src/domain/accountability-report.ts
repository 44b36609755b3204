import type { AccountabilityEntry, Id, IsoDate, Meeting, MeetingKind, Motion } from './types.js';

export type ReportGroupKind = 'held-over' | 'adopted-at-last-assembly';

export type ReportGroup = {
  kind: ReportGroupKind;
  /** The meeting at which the motions in this group were adopted (null if unknown). */
  meetingId: Id | null;
  meetingDate: IsoDate | null;
  meetingKind: MeetingKind | null;
  entries: AccountabilityEntry[];
};

export type GroupEntriesForReportOptions = {
  entries: readonly AccountabilityEntry[];
  motions: readonly Motion[];
  meetings: readonly Meeting[];
  /** The meeting of the round. */
  meeting: Meeting;
};

/**
 * Table of contents of "Verantwoording over uitvoering moties": first the motions held over from
 * earlier assemblies, grouped by the meeting that adopted them (oldest first), then the motions
 * adopted at the last assembly before this one. "Last assembly" is the latest decision-making
 * meeting before the round's meeting; a ledenbijeenkomst takes no decisions, so it never counts.
 */
export function groupEntriesForReport(options: GroupEntriesForReportOptions): ReportGroup[] {
  const { entries, meeting } = options;
  const motionsById = new Map(options.motions.map((motion) => [motion.id, motion]));
  const meetingsById = new Map(options.meetings.map((candidate) => [candidate.id, candidate]));
  const lastAssembly = findLastAssembly(options.meetings, meeting);

  const groups = new Map<string, ReportGroup>();
  for (const entry of entries) {
    const adoptedAt = motionsById.get(entry.motionId)?.adoptedAtMeetingId ?? null;
    const kind: ReportGroupKind =
      lastAssembly !== null && adoptedAt === lastAssembly.id ? 'adopted-at-last-assembly' : 'held-over';
    const key = `${kind}:${adoptedAt ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const adoptedMeeting = adoptedAt === null ? undefined : meetingsById.get(adoptedAt);
      group = {
        kind,
        meetingId: adoptedAt,
        meetingDate: adoptedMeeting?.date ?? null,
        meetingKind: adoptedMeeting?.kind ?? null,
        entries: [],
      };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()].sort(compareGroups);
}

function findLastAssembly(meetings: readonly Meeting[], current: Meeting): Meeting | null {
  let last: Meeting | null = null;
  for (const candidate of meetings) {
    if (candidate.kind === 'ledenbijeenkomst' || candidate.status === 'cancelled') continue;
    if (candidate.id === current.id || candidate.date >= current.date) continue;
    if (last === null || candidate.date > last.date) last = candidate;
  }
  return last;
}

function compareGroups(a: ReportGroup, b: ReportGroup): number {
  if (a.kind !== b.kind) return a.kind === 'held-over' ? -1 : 1;
  // Unknown adoption meetings go first among held-over: they are the oldest archive material.
  return (a.meetingDate ?? '').localeCompare(b.meetingDate ?? '');
}
