import type { AppContext } from '../../app-context.js';
import type { MeetingKind } from '../../domain/types.js';
import { daysBetween, motionDeadline } from '../../domain/working-days.js';
import type { WriteContext } from '../../store/audit.js';
import type { Clock } from '../../store/clock.js';
import { listAgreements } from '../../store/repositories/agreements.js';
import { listMeetings } from '../../store/repositories/meetings.js';
import { listPolls } from '../../store/repositories/polls.js';
import { listContactsByRole } from '../../store/repositories/recipients.js';
import { inTransaction } from '../../store/transaction.js';
import { portalBaseUrl } from '../outbox/links.js';
import { queueMessage } from '../outbox/queue-message.js';
import type { ScheduledJob } from '../outbox/run-outbox.js';
import { closePoll, remindPollClosing } from '../polls/manage-poll.js';
import { longDutchDate } from '../registrations/messages.js';
import { dutchToday } from '../registrations/register-for-meeting.js';
import { emptyEntryReminders } from './empty-entries.js';

export const REMINDER_ACTOR = { id: null, label: 'herinneringen' };
const ASSEMBLIES: MeetingKind[] = ['alv', 'najaars-alv', 'extra-alv', 'balv'];
/** Members hear of the motion deadline this many days before it. */
const ASSEMBLY_NOTICE_DAYS = 7;
/** Municipalities that have not answered are reminded this many days before a poll closes. */
const POLL_REMINDER_DAYS = 3;
const ALL = { limit: 10_000, offset: 0 };

type Stage = { key: '14-dagen' | 'vandaag' | 'verlopen'; subject: string; lead: string };

/** Which reminder an agreement's due date calls for today: 14 days before, on the day, or overdue (once each). */
export function agreementStage(dueDate: string, today: string): Stage | null {
  const days = daysBetween(today, dueDate);
  const due = longDutchDate(dueDate);
  if (days < 0)
    return {
      key: 'verlopen',
      subject: 'Afspraak verlopen',
      lead: `De uiterste datum (${due}) is verstreken.`,
    };
  if (days === 0)
    return {
      key: 'vandaag',
      subject: 'Afspraak verloopt vandaag',
      lead: `Vandaag (${due}) is de uiterste datum.`,
    };
  if (days <= 14)
    return {
      key: '14-dagen',
      subject: 'Afspraak verloopt over twee weken',
      lead: `De uiterste datum is ${due}.`,
    };
  return null;
}

const writerOf = (ctx: AppContext): WriteContext => ({
  organisationId: ctx.organisation.id,
  actor: REMINDER_ACTOR,
});

async function agreementReminders(ctx: AppContext, clock: Clock): Promise<number> {
  const today = dutchToday(clock);
  const base = portalBaseUrl(ctx.organisation);
  const at = clock.now().toISOString();
  const [agreements, staff] = await Promise.all([
    listAgreements(ctx.db, ctx.organisation.id, { status: ['open'] }, ALL, 'due'),
    listContactsByRole(ctx.db, ctx.organisation.id, 'staff'),
  ]);
  let queued = 0;
  for (const a of agreements.items) {
    if (!a.dueDate) continue;
    const stage = agreementStage(a.dueDate, today);
    if (!stage) continue;
    await inTransaction(ctx.db, async (trx) => {
      for (const person of staff)
        if (
          await queueMessage(trx, writerOf(ctx), {
            key: `agreement:${a.id}:${stage.key}:${person.email}`,
            kind: `agreement.${stage.key}`,
            category: 'deadline',
            to: { email: person.email, name: person.name },
            content: {
              subject: `${stage.subject}${a.party ? ` (${a.party})` : ''}`,
              greetingName: person.name,
              paragraphs: [
                stage.lead,
                `Afspraak: ${a.text}`,
                'Leg de stand van zaken vast in Motiemonitor zodra die bekend is.',
              ],
              links: [{ label: 'Bekijk de afspraak', url: `${base}/afspraken/${a.id}` }],
            },
            about: { kind: 'agreement', id: a.id },
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

async function assemblyDeadlines(ctx: AppContext, clock: Clock): Promise<number> {
  const today = dutchToday(clock);
  const base = portalBaseUrl(ctx.organisation);
  const at = clock.now().toISOString();
  const meetings = await listMeetings(
    ctx.db,
    ctx.organisation.id,
    { from: today, kind: ASSEMBLIES },
    ALL,
    'date',
  );
  const members = await listContactsByRole(ctx.db, ctx.organisation.id, 'member');
  let queued = 0;
  for (const m of meetings.items) {
    if (m.status === 'cancelled') continue;
    const deadline = motionDeadline(m.date);
    const days = daysBetween(today, deadline);
    if (days < 0 || days > ASSEMBLY_NOTICE_DAYS) continue;
    await inTransaction(ctx.db, async (trx) => {
      for (const person of members)
        if (
          await queueMessage(trx, writerOf(ctx), {
            key: `assembly-deadline:${m.id}:${person.email}`,
            kind: 'assembly.motion-deadline',
            category: 'assembly',
            to: { email: person.email, name: person.name },
            content: {
              subject: `Moties en amendementen voor ${m.title}: uiterlijk ${longDutchDate(deadline)}`,
              greetingName: person.name,
              paragraphs: [
                `Moties en amendementen voor ${m.title} (${longDutchDate(m.date)}) dient u uiterlijk ${longDutchDate(deadline)} in: negen werkdagen voor de vergadering.`,
              ],
              links: [{ label: 'Over de vergadering', url: `${base}/vergaderingen/${m.id}` }],
            },
            about: { kind: 'meeting', id: m.id },
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

async function pollDeadlines(ctx: AppContext, clock: Clock): Promise<{ closed: number; reminded: number }> {
  const now = clock.now();
  const polls = await listPolls(ctx.db, ctx.organisation.id, { status: ['open'] }, ALL);
  const options = { db: ctx.db, writer: writerOf(ctx), clock, organisationName: ctx.organisation.name };
  let closed = 0;
  let reminded = 0;
  for (const p of polls.items) {
    if (!p.closesAt) continue;
    if (p.closesAt < now.toISOString()) {
      await closePoll({ ...options, pollId: p.id });
      closed += 1;
    } else if (Date.parse(p.closesAt) - now.getTime() <= POLL_REMINDER_DAYS * 86_400_000)
      reminded += await remindPollClosing({ ...options, pollId: p.id });
  }
  return { closed, reminded };
}

/** The reminders, as outbox messages; each is idempotent per reminder and recipient. */
export const sendDueReminders: ScheduledJob = {
  name: 'Herinneringen',
  run: async ({ ctx, clock }) => {
    const polls = await pollDeadlines(ctx, clock);
    return {
      afspraken: await agreementReminders(ctx, clock),
      motietermijnen: await assemblyDeadlines(ctx, clock),
      'lege verantwoordingen': await emptyEntryReminders(ctx, writerOf(ctx), clock),
      'peilingen gesloten': polls.closed,
      peilingherinneringen: polls.reminded,
    };
  },
};
