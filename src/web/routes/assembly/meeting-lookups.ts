import { portalWords } from '../../../domain/vocabulary/index.js';
import { submittedMotionChoices } from '../../../services/assembly/vote-choices.js';
import { getMeeting, type MeetingRecord } from '../../../store/repositories/meetings.js';
import { isUuid, pageNotFound, type Web } from '../../web.js';

/** Whether this server's organisation is a council (votes by seats) rather than an association. */
export function servesCouncil(web: Web): boolean {
  return !portalWords(web.ctx.organisation.kind ?? 'vereniging').associationParts;
}

/** The organisation's meeting by its id in the address; the 404 page for anything else. */
export async function meetingOrNotFound(web: Web, id: string): Promise<MeetingRecord> {
  const meeting = isUuid(id) ? await getMeeting(web.ctx.db, web.ctx.organisation.id, id) : undefined;
  if (!meeting) throw pageNotFound();
  return meeting;
}

/** The meeting's submitted motions a vote can be opened on, by title, labelled "{number}. {title}". */
export function submittedMotions(web: Web, meetingId: string): Promise<{ id: string; label: string }[]> {
  return submittedMotionChoices(web.ctx.db, web.ctx.organisation.id, meetingId);
}
