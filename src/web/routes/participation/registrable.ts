import { isRegistrationOpen } from '../../../domain/registrations.js';
import { dutchToday } from '../../../services/registrations/register-for-meeting.js';
import { systemClock } from '../../../store/clock.js';
import type { MeetingRecord } from '../../../store/repositories/meetings.js';
import { getRegistrationSettings } from '../../../store/repositories/registrations.js';
import type { Web } from '../../web.js';

/** Whether the meeting page offers the sign-up form (by the context's clock). */
export async function isRegistrable(web: Web, meeting: MeetingRecord): Promise<boolean> {
  const settings = await getRegistrationSettings(web.ctx.db, web.ctx.organisation.id, meeting.id);
  return isRegistrationOpen(
    { meetingDate: meeting.date, meetingStatus: meeting.status, open: settings.open },
    dutchToday(web.ctx.clock ?? systemClock),
  );
}
