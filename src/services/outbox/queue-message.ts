import { createHash, randomBytes } from 'node:crypto';
import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import { enqueueOutboxMessage, hasOptedOut } from '../../store/repositories/outbox.js';
import { composeMessage, type MessageContent } from './compose.js';
import { portalBaseUrlOf } from './links.js';

/** Why a reader gets a message of each category (said at the bottom, next to the unsubscribe link). */
const REASONS: Record<string, string> = {
  registration:
    'U ontvangt dit bericht omdat u zich met dit e-mailadres hebt aangemeld voor een bijeenkomst.',
  poll: 'U ontvangt dit bericht omdat u voor uw gemeente berichten over ledenpeilingen ontvangt.',
  deadline: 'U ontvangt dit bericht omdat u verantwoordelijk bent voor afspraken met een uiterste datum.',
  assembly: 'U ontvangt dit bericht omdat u voor uw gemeente berichten over de ledenvergadering ontvangt.',
  follow: 'U ontvangt dit bericht omdat u deze motie volgt.',
  'follow-request': 'U ontvangt dit bericht omdat met dit e-mailadres is gevraagd een motie te volgen.',
};

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(24).toString('base64url');

export type QueueMessage = {
  /** Unique per message within the organisation: the same key is queued once, however often it is asked. */
  key: string;
  kind: string;
  /** What the reader can unsubscribe from: 'registration', 'poll', 'deadline', 'assembly', 'follow:<motion id>' or
   * 'follow-request' (the confirmation of following: its own, so that unsubscribing a motion still lets one follow it again). */
  category: string;
  to: { email: string; name?: string | null };
  content: MessageContent;
  /** The record the message is about (erasure and lists find it by this). */
  about?: { kind: string; id: string };
  organisationName: string;
  at: string;
  baseUrl?: string;
};

/**
 * Queues one message in the outbox within the caller's transaction, unless the address opted out of its
 * category. The Message-ID is derived from the key, so every attempt to send it carries the same one.
 */
export async function queueMessage(trx: Executor, writer: WriteContext, m: QueueMessage): Promise<boolean> {
  const email = m.to.email.trim().toLowerCase();
  const group = m.category.split(':')[0];
  if (await hasOptedOut(trx, writer.organisationId, email, [m.category, 'all'])) return false;
  const token = newToken();
  const base = m.baseUrl ?? (await portalBaseUrlOf(trx, writer.organisationId));
  const composed = composeMessage(m.content, {
    organisationName: m.organisationName,
    reason: REASONS[group] ?? `U ontvangt dit bericht van ${m.organisationName}.`,
    unsubscribeUrl: `${base}/afmelden/${token}`,
  });
  const digest = createHash('sha256').update(`${writer.organisationId}\n${m.key}`).digest('hex');
  return enqueueOutboxMessage(
    trx,
    writer,
    {
      idempotencyKey: m.key,
      messageId: `<${digest.slice(0, 40)}@motiemonitor>`,
      kind: m.kind,
      category: m.category,
      recipientEmail: email,
      recipientName: m.to.name ?? null,
      subject: composed.subject,
      bodyText: composed.text,
      bodyHtml: composed.html,
      unsubscribeTokenHash: hashToken(token),
      entityKind: m.about?.kind ?? null,
      entityId: m.about?.id ?? null,
    },
    m.at,
  );
}
