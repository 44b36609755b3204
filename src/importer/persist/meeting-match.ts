import type { MeetingKind } from '../../domain/types.js';
import { formatDutchDate, meetingKind } from '../../domain/vocabulary/index.js';
import type { WriteContext } from '../../store/audit.js';
import { today } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import { createMeeting, listMeetingsOn, type MeetingRecord } from '../../store/repositories/meetings.js';

/** A meeting that decides (an assembly of any kind); a members' gathering is not one. */
export const isAssembly = (kind: MeetingKind): boolean => kind !== 'ledenbijeenkomst';

export type MeetingWanted = {
  kind: MeetingKind | null;
  date: string;
  /** Title when the meeting has to be created. */
  title?: string;
  /** The date of the document that names the meeting: a meeting on or before it has been held. */
  documentDate: string | null;
  details?: { startTime?: string | null; endTime?: string | null; place?: string | null };
};

export type MeetingFound = { meeting: MeetingRecord; created: boolean; warning: string | null };

/**
 * The one meeting of an assembly, matched on its date and kind: an association holds one assembly on
 * a day, so a document that calls it by another kind of assembly ("ALV" for the BALV of that day) is
 * linked to the one the register has, with a warning; only a day without one gets a new meeting.
 * Without a kind, the meeting of that day is used but none is created.
 */
export async function findOrCreateMeeting(
  db: Executor,
  writer: WriteContext,
  wanted: MeetingWanted,
): Promise<MeetingFound | null> {
  const org = writer.organisationId;
  const sameDay = await listMeetingsOn(db, org, wanted.date);
  const exact = sameDay.find((meeting) => meeting.kind === wanted.kind);
  if (exact) return { meeting: exact, created: false, warning: null };
  const assembly = sameDay.find((meeting) => isAssembly(meeting.kind));
  if (!wanted.kind) {
    const any = assembly ?? sameDay[0];
    return any ? { meeting: any, created: false, warning: null } : null;
  }
  if (assembly && isAssembly(wanted.kind)) {
    return {
      meeting: assembly,
      created: false,
      warning:
        `meeting-kind: Het document noemt een ${meetingKind.label(wanted.kind)} op ${formatDutchDate(wanted.date)}; het register ` +
        `heeft op die dag de vergadering "${assembly.title}" (${meetingKind.label(assembly.kind)}). De gegevens zijn daaraan ` +
        'gekoppeld; controleer of dat dezelfde vergadering is.',
    };
  }
  const held = wanted.date <= (wanted.documentDate ?? '') || wanted.date <= today();
  const meeting = await createMeeting(db, writer, {
    kind: wanted.kind,
    title: wanted.title ?? `${meetingKind.label(wanted.kind)} ${formatDutchDate(wanted.date)}`,
    date: wanted.date,
    startTime: wanted.details?.startTime ?? null,
    endTime: wanted.details?.endTime ?? null,
    place: wanted.details?.place ?? null,
    status: held ? 'held' : 'planned',
  });
  return { meeting, created: true, warning: null };
}
