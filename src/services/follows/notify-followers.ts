import type { MotionStatus } from '../../domain/types.js';
import { motionStatus } from '../../domain/vocabulary/index.js';
import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import { listMotionFollowers } from '../../store/repositories/motion-follows.js';
import { getMotion } from '../../store/repositories/motions.js';
import { getOrganisation } from '../../store/repositories/organisations.js';
import { portalBaseUrl, publicBaseUrl } from '../outbox/links.js';
import { queueMessage } from '../outbox/queue-message.js';

const statusLabel = (status: MotionStatus | null) =>
  status ? motionStatus.label(status).toLowerCase() : 'nieuw';

/**
 * Queues a message about a motion's status change to everyone who follows it (confirmed addresses), in the
 * transaction of the change. One message per change and address: the key holds the change and its moment.
 */
export async function notifyFollowers(
  trx: Executor,
  writer: WriteContext,
  change: {
    motionId: string;
    from: MotionStatus | null;
    to: MotionStatus;
    at: string;
    reason?: string | null;
  },
  options: { baseUrl?: string } = {},
): Promise<number> {
  const followers = await listMotionFollowers(trx, writer.organisationId, change.motionId);
  if (followers.length === 0) return 0;
  const motion = await getMotion(trx, writer.organisationId, change.motionId);
  if (!motion) return 0;
  const organisation = await getOrganisation(trx, writer.organisationId);
  const base = options.baseUrl ?? (organisation ? portalBaseUrl(organisation) : publicBaseUrl());
  const name = motion.number ? `Motie ${motion.number}` : 'De motie';
  let queued = 0;
  for (const email of followers) {
    const sent = await queueMessage(trx, writer, {
      key: `follow:${motion.id}:${change.from ?? '-'}>${change.to}@${change.at}:${email}`,
      kind: 'follow.status',
      category: `follow:${motion.id}`,
      to: { email },
      content: {
        subject: `${name} is ${statusLabel(change.to)}: ${motion.title}`,
        paragraphs: [
          `${name}, ${motion.title}, is nu ${statusLabel(change.to)} (was ${statusLabel(change.from)}).`,
          ...(change.reason ? [`Toelichting: ${change.reason}`] : []),
        ],
        links: [{ label: 'De motie en haar verloop bekijken', url: `${base}/moties/${motion.id}` }],
      },
      about: { kind: 'motion', id: motion.id },
      organisationName: organisation?.name ?? 'Motiemonitor',
      at: change.at,
      baseUrl: base,
    });
    if (sent) queued += 1;
  }
  return queued;
}
