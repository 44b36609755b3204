import type { AppContext } from '../../app-context.js';
import {
  boardMeetingDate,
  DEFAULT_BOARD_MEETING_DAYS,
  isWeekBeforeBoardMeeting,
} from '../../domain/board-meeting.js';
import type { WriteContext } from '../../store/audit.js';
import type { Clock } from '../../store/clock.js';
import { listRoundEntries, listRoundsInMeetingOrder } from '../../store/repositories/accountability.js';
import { listContactsByRole } from '../../store/repositories/recipients.js';
import { inTransaction } from '../../store/transaction.js';
import { portalBaseUrl } from '../outbox/links.js';
import { queueMessage } from '../outbox/queue-message.js';
import { longDutchDate } from '../registrations/messages.js';
import { dutchToday } from '../registrations/register-for-meeting.js';

/** BOARD_MEETING_DAYS_BEFORE_ASSEMBLY, else 28: when the board meets on a round without a date of its own. */
export function boardMeetingDaysFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.BOARD_MEETING_DAYS_BEFORE_ASSEMBLY);
  return env.BOARD_MEETING_DAYS_BEFORE_ASSEMBLY && Number.isInteger(days) && days >= 0
    ? days
    : DEFAULT_BOARD_MEETING_DAYS;
}

const OPEN_MOTION = new Set(['adopted', 'held']);

/**
 * A week before the board's meeting (*bestuursvergadering*) of a round still in preparation, the staff hear
 * which open motions have no accountability text yet: one message per round, board date and person, so a run
 * that repeats sends nothing new, and a moved board meeting is reminded of again.
 */
export async function emptyEntryReminders(
  ctx: AppContext,
  writer: WriteContext,
  clock: Clock,
  daysBefore = boardMeetingDaysFromEnv(),
): Promise<number> {
  const today = dutchToday(clock);
  const base = portalBaseUrl(ctx.organisation);
  const at = clock.now().toISOString();
  const rounds = (await listRoundsInMeetingOrder(ctx.db, ctx.organisation.id)).filter(
    (r) => r.status === 'open' && r.meetingDate >= today,
  );
  const staff = rounds.length > 0 ? await listContactsByRole(ctx.db, ctx.organisation.id, 'staff') : [];
  let queued = 0;
  for (const round of rounds) {
    const board = boardMeetingDate(round, round.meetingDate, daysBefore);
    if (!isWeekBeforeBoardMeeting(board, today)) continue;
    const empty = (await listRoundEntries(ctx.db, ctx.organisation.id, round.id)).filter(
      (e) => OPEN_MOTION.has(e.motion.status) && !e.text?.trim(),
    );
    if (empty.length === 0) continue;
    const count = empty.length === 1 ? '1 motie' : `${empty.length} moties`;
    await inTransaction(ctx.db, async (trx) => {
      for (const person of staff)
        if (
          await queueMessage(trx, writer, {
            key: `accountability-empty:${round.id}:${board}:${person.email}`,
            kind: 'accountability.empty-entries',
            category: 'deadline',
            to: { email: person.email, name: person.name },
            content: {
              subject: `Verantwoording ${round.meetingTitle}: ${count} nog zonder tekst`,
              greetingName: person.name,
              paragraphs: [
                `Het bestuur vergadert op ${longDutchDate(board)} over de verantwoording voor ${round.meetingTitle} (${longDutchDate(round.meetingDate)}). Bij ${count} staat nog geen verantwoording:`,
                ...empty.map(
                  (e) =>
                    `• ${e.motion.submitters.map((s) => s.name).join(', ')}${e.motion.andOthers ? ' en anderen' : ''}: ${e.motion.title}`,
                ),
                'Schrijf de verantwoording en het voorstel (aanhouden of afdoen) vóór de bestuursvergadering.',
              ],
              links: [
                { label: 'Naar de verantwoordingsronde', url: `${base}/beheer/verantwoording/${round.id}` },
              ],
            },
            about: { kind: 'accountability-round', id: round.id },
            organisationName: ctx.organisation.name,
            at,
            baseUrl: base,
          })
        )
          queued += 1;
    });
  }
  return queued;
}
