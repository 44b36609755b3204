import type { Id, IsoDate, MeetingKind, MeetingStatus } from './types.js';

/** Held over from earlier assemblies, or adopted at the last assembly before the round's meeting. */
export type ReportSection = 'held-over' | 'adopted';

/** What grouping reads of an entry: the label staff gave it, and the meeting that adopted its motion. */
export type ReportEntryFacts = {
  groupLabel: string | null;
  meeting: { id: Id; date: IsoDate } | null;
};

export type ReportGroup<E extends ReportEntryFacts> = {
  section: ReportSection;
  /** The label staff gave the entries of the group; null when the report names the group itself. */
  label: string | null;
  /** The meeting every entry of the group was adopted at; null when they differ or it is unknown. */
  meeting: E['meeting'] | null;
  entries: E[];
};

/**
 * Table of contents of "Verantwoording over uitvoering moties", as the bureau orders it: the labels staff
 * gave the entries (in entry order) when every entry has one; otherwise first the motions held over from
 * earlier assemblies, grouped by the meeting that adopted them (oldest first, unknown meetings before all:
 * the oldest archive material), then the motions adopted at the last assembly before the round's meeting.
 */
export function groupEntriesForReport<E extends ReportEntryFacts>(options: {
  entries: readonly E[];
  /** The last decision-making meeting before the round's meeting (findLastAssembly). */
  lastAssembly: { id: Id } | null;
}): ReportGroup<E>[] {
  const { entries, lastAssembly } = options;
  const sectionOf = (entry: E): ReportSection =>
    lastAssembly !== null && entry.meeting?.id === lastAssembly.id ? 'adopted' : 'held-over';
  const labelled = entries.length > 0 && entries.every((entry) => entry.groupLabel?.trim());
  const groups = new Map<string, ReportGroup<E>>();
  for (const entry of entries) {
    const section = sectionOf(entry);
    const label = labelled ? (entry.groupLabel ?? '').trim() : null;
    const key = label ?? `${section}:${entry.meeting?.id ?? ''}`;
    const group: ReportGroup<E> = groups.get(key) ?? { section, label, meeting: entry.meeting, entries: [] };
    // A staff group with any held-over motion is held over; its meeting is the one all entries share.
    if (section === 'held-over') group.section = 'held-over';
    if (group.meeting?.id !== entry.meeting?.id) group.meeting = null;
    group.entries.push(entry);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  if (labelled) return list;
  const rank = (group: ReportGroup<E>) => (group.section === 'held-over' ? 0 : 1);
  return list.sort(
    (a, b) => rank(a) - rank(b) || (a.meeting?.date ?? '').localeCompare(b.meeting?.date ?? ''),
  );
}

/**
 * The latest decision-making meeting before `current`: a ledenbijeenkomst takes no decisions and a cancelled
 * meeting none at all. Its motions form the report's 'adopted' section.
 */
export function findLastAssembly<
  M extends { id: Id; date: IsoDate; kind: MeetingKind; status: MeetingStatus },
>(meetings: readonly M[], current: { id: Id; date: IsoDate }): M | null {
  let last: M | null = null;
  for (const candidate of meetings) {
    if (candidate.kind === 'ledenbijeenkomst' || candidate.status === 'cancelled') continue;
    if (candidate.id === current.id || candidate.date >= current.date) continue;
    if (last === null || candidate.date > last.date) last = candidate;
  }
  return last;
}
