import { DomainError } from '../../domain/errors.js';
import { formatDutchDate } from '../../domain/vocabulary/index.js';
import { defineAlternatives } from '../../domain/vote-alternatives.js';
import { listContactsByRole } from '../../store/repositories/recipients.js';
import type { RemoteVote } from '../../store/repositories/remote-votes.js';
import type { VoteRecord } from '../../store/repositories/votes.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid } from '../errors.js';
import { portalBaseUrlOf } from '../outbox/links.js';
import { queueMessage } from '../outbox/queue-message.js';
import type { UseCase } from '../types.js';
import { openRemoteVote } from './remote-vote.js';

export type OpenRemoteVoteInput = {
  subject: string;
  motionId?: string | null;
  /** The proposals of a ballot with alternatives, one per entry; empty or absent: voor / tegen / onthouding. */
  alternatives?: readonly string[] | null;
  opensOn: string;
  closesOn: string;
  ratificationMeetingId: string;
};

/**
 * Opens a ledenraadpleging (openRemoteVote: transaction and audit events) and, in the same transaction, queues an
 * invitation in the outbox for every member account: the same people who receive the assembly's messages
 * (category 'assembly', as the motion deadline of a meeting).
 */
export async function openRemoteVoteWithInvitations(
  options: UseCase & OpenRemoteVoteInput & { organisationName: string; at: string; baseUrl?: string },
): Promise<{ vote: VoteRecord; remote: RemoteVote; invited: number }> {
  const { db, writer } = options;
  if (!options.ratificationMeetingId)
    throw invalid('vergadering', 'required', 'Kies de vergadering die de uitslag bekrachtigt.');
  let alternatives = null;
  const proposals = options.alternatives ?? [];
  if (proposals.some((a) => a.trim() !== '')) {
    try {
      alternatives = defineAlternatives(proposals, { against: true });
    } catch (error) {
      if (error instanceof DomainError)
        throw invalid(
          'alternatieven',
          'invalid_alternatives',
          'Geef ten minste één en ten hoogste negen verschillende alternatieven, elk op een eigen regel.',
        );
      throw error;
    }
  }
  return inTransaction(db, async (trx) => {
    const opened = await openRemoteVote({
      db: trx,
      writer,
      subject: options.subject,
      motionId: options.motionId ?? null,
      opensOn: options.opensOn,
      closesOn: options.closesOn,
      ratificationMeetingId: options.ratificationMeetingId,
      alternatives,
      at: options.at,
    });
    const base = options.baseUrl ?? (await portalBaseUrlOf(trx, writer.organisationId));
    const { vote, remote } = opened;
    const url = `${base}/mijn/raadplegingen/${vote.id}`;
    let invited = 0;
    for (const person of await listContactsByRole(trx, writer.organisationId, 'member')) {
      if (!person.memberId) continue;
      const queued = await queueMessage(trx, writer, {
        key: `remote-vote.opened:${vote.id}:${person.email}`,
        kind: 'remote-vote.opened',
        category: 'assembly',
        to: { email: person.email, name: person.name },
        content: {
          subject: `Ledenraadpleging: ${vote.subject}`,
          greetingName: person.name,
          paragraphs: [
            `U kunt namens uw gemeente stemmen over "${vote.subject}" van ${formatDutchDate(remote.opensOn)} tot en met ${formatDutchDate(remote.closesOn)}.`,
            'De uitslag wordt ter bekrachtiging voorgelegd aan de volgende ledenvergadering.',
          ],
          links: [{ label: 'Stem in de ledenraadpleging', url }],
        },
        about: { kind: 'vote', id: vote.id },
        organisationName: options.organisationName,
        at: options.at,
        baseUrl: base,
      });
      if (queued) invited += 1;
    }
    return { ...opened, invited };
  });
}
