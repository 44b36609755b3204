import type { AppContext } from '../../app-context.js';
import type { Actor, WriteContext } from '../../store/audit.js';
import type { Clock } from '../../store/clock.js';
import { claimDueMessages, recordDeliveryOutcome } from '../../store/repositories/outbox.js';
import { MailError, type Mailer, senderAddress } from './mailer.js';

export const OUTBOX_ACTOR: Actor = { id: null, label: 'berichtenverzender' };
/** After this many attempts a message is given up ('failed'); staff can queue it again. */
export const MAX_ATTEMPTS = 8;
const DEFAULT_LEASE_MS = 120_000;

/** Wait before attempt n+1 after n failed attempts: 1, 2, 4, 8 … minutes, at most 6 hours. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(2 ** Math.max(0, failedAttempts - 1) * 60_000, 6 * 3_600_000);
}

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * Sends every message that is due, one SMTP transaction each, until none is left. A message is claimed for a
 * lease before it is sent and marked sent after the server accepted it; when the process dies in between, the
 * lease runs out and the message is sent again, with the same Message-ID (so the recipient's mail system sees
 * one message). Failures are retried with back-off; a permanent refusal (5xx) or the last attempt fails it.
 */
export async function deliverDueMessages(options: {
  ctx: AppContext;
  mailer: Mailer;
  clock: Clock;
  leaseMs?: number;
  batch?: number;
}): Promise<DeliveryReport> {
  const { ctx, mailer, clock } = options;
  const writer: WriteContext = { organisationId: ctx.organisation.id, actor: OUTBOX_ACTOR };
  const from = senderAddress(ctx.organisation.name);
  const leaseMs = options.leaseMs ?? leaseFromEnv();
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const now = clock.now();
    const claimed = await claimDueMessages(ctx.db, {
      organisationId: ctx.organisation.id,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      // One at a time: a lease covers one SMTP transaction, never a queue of them that could outlast it.
      limit: options.batch ?? 1,
    });
    if (claimed.length === 0) return report;
    for (const m of claimed) {
      if (!m.recipientEmail) {
        await recordDeliveryOutcome(ctx.db, writer, m.id, {
          status: 'failed',
          at: clock.now().toISOString(),
          error: 'Geen ontvanger (gegevens verwijderd).',
        });
        report.failed += 1;
        continue;
      }
      try {
        await mailer.send({
          from,
          to: m.recipientName
            ? `"${m.recipientName.replace(/["\\]/g, '')}" <${m.recipientEmail}>`
            : m.recipientEmail,
          subject: m.subject,
          text: m.bodyText,
          html: m.bodyHtml,
          messageId: m.messageId,
          unsubscribeUrl: unsubscribeUrlOf(m.bodyText),
        });
        await recordDeliveryOutcome(ctx.db, writer, m.id, { status: 'sent', at: clock.now().toISOString() });
        report.sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const permanent = error instanceof MailError && error.permanent;
        const at = clock.now();
        if (permanent || m.attempts >= MAX_ATTEMPTS) {
          await recordDeliveryOutcome(ctx.db, writer, m.id, {
            status: 'failed',
            at: at.toISOString(),
            error: message,
          });
          report.failed += 1;
        } else {
          await recordDeliveryOutcome(ctx.db, writer, m.id, {
            status: 'queued',
            at: at.toISOString(),
            error: message,
            nextAttemptAt: new Date(at.getTime() + backoffMs(m.attempts)).toISOString(),
          });
          report.retried += 1;
        }
      }
    }
  }
}

/** The unsubscribe link the message's own footer carries (for the List-Unsubscribe header). */
function unsubscribeUrlOf(text: string): string | null {
  return /Meld u af: (\S+\/afmelden\/\S+)/.exec(text)?.[1] ?? null;
}

function leaseFromEnv(): number {
  const seconds = Number(process.env.OUTBOX_LEASE_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_LEASE_MS;
}
