import type { FastifyReply, FastifyRequest } from 'fastify';
import { csrfGuard } from '../auth/index.js';
import { dutchCalendarDate } from '../domain/dates.js';
import { isBeforeMotionDeadline } from '../domain/working-days.js';
import { systemClock } from '../store/clock.js';
import { listMeetings, type MeetingRecord } from '../store/repositories/meetings.js';
import type { Web } from './web.js';

const forbidden = () => Object.assign(new Error('Geen toegang'), { statusCode: 403 });

/**
 * preHandlers for the members' workspace (/mijn): a visitor goes to the login page and comes back after; only
 * an account of a member municipality gets in (the association's own people have /beheer); writes carry the
 * session's CSRF token.
 */
export function memberOnly() {
  const authorise = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const p = request.principal;
    if (p?.via !== 'session') {
      if (request.method === 'GET') {
        await reply.redirect(`/inloggen?terug=${encodeURIComponent(request.url)}`, 303);
        return;
      }
      throw Object.assign(new Error('Niet ingelogd'), { statusCode: 401 });
    }
    if (p.role !== 'member' || !p.memberId) throw forbidden();
  };
  return [authorise, csrfGuard];
}

/** The member the signed-in representative acts for (memberOnly has checked that there is one). */
export const ownMember = (request: FastifyRequest): string => request.principal.memberId as string;

/** Now by the context's clock: the instant and the calendar date in the Netherlands (for deadlines). */
export function clockOf(web: Web): { at: string; today: string } {
  const now = (web.ctx.clock ?? systemClock).now();
  return { at: now.toISOString(), today: dutchCalendarDate(now) };
}

/** The assemblies a motion can still be submitted for today: not cancelled, the deadline not passed, soonest first. */
export async function openAssemblies(web: Web, today: string): Promise<MeetingRecord[]> {
  const { items } = await listMeetings(
    web.ctx.db,
    web.ctx.organisation.id,
    { from: today, status: ['planned'], kind: ['alv', 'najaars-alv', 'extra-alv', 'balv'] },
    { limit: 100, offset: 0 },
    'date',
  );
  return items.filter((m) => isBeforeMotionDeadline(m.date, today));
}
