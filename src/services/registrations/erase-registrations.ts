import { DEFAULT_RETENTION_DAYS, erasableMeetingsUpTo } from '../../domain/registrations.js';
import type { WriteContext } from '../../store/audit.js';
import { eraseMessagesAbout } from '../../store/repositories/outbox.js';
import { eraseRegistrationsUpTo } from '../../store/repositories/registrations.js';
import { inTransaction } from '../../store/transaction.js';
import type { ScheduledJob } from '../outbox/run-outbox.js';
import { dutchToday } from './register-for-meeting.js';

export const ERASURE_ACTOR = { id: null, label: 'bewaartermijn' };

/** REGISTRATION_RETENTION_DAYS, else 30: personal data of registrations is kept this many days after the event. */
export function retentionDaysFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.REGISTRATION_RETENTION_DAYS);
  return Number.isInteger(days) && days >= 0 ? days : DEFAULT_RETENTION_DAYS;
}

/**
 * The scheduled erasure (GDPR): for every meeting more than `retentionDays` ago, the names, addresses, roles and
 * wishes of its registrations and the texts of the messages about them are removed, in one transaction. The
 * registrations themselves (meeting, municipality, status) stay, so the counts stay.
 */
export const eraseExpiredRegistrations: ScheduledJob = {
  name: 'Persoonsgegevens van aanmeldingen verwijderd',
  run: async ({ ctx, clock }) => {
    const writer: WriteContext = { organisationId: ctx.organisation.id, actor: ERASURE_ACTOR };
    const upTo = erasableMeetingsUpTo(dutchToday(clock), retentionDaysFromEnv());
    const at = clock.now().toISOString();
    return inTransaction(ctx.db, async (trx) => {
      const ids = await eraseRegistrationsUpTo(trx, writer, upTo, at);
      const messages = await eraseMessagesAbout(trx, ctx.organisation.id, 'registration', ids, at);
      return { aanmeldingen: ids.length, berichten: messages };
    });
  },
};
