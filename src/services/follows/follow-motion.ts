import { ANONYMOUS } from '../../auth/roles.js';
import { isEmailAddress } from '../../domain/registrations.js';
import type { Clock } from '../../store/clock.js';
import {
  confirmMotionFollow,
  findFollowByCodeHash,
  requestMotionFollow,
} from '../../store/repositories/motion-follows.js';
import { getMotion } from '../../store/repositories/motions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, missing } from '../errors.js';
import { portalBaseUrlOf } from '../outbox/links.js';
import { hashToken, newToken, queueMessage } from '../outbox/queue-message.js';
import type { UseCase } from '../types.js';
import { canSeeMotion } from '../visibility.js';

export type FollowContext = UseCase & { clock: Clock; organisationName: string; baseUrl?: string };

const motionName = (m: { number: string | null; title: string }) =>
  m.number ? `motie ${m.number}, ${m.title}` : `de motie ${m.title}`;

/**
 * A visitor asks to follow a published motion: the address gets a confirmation link (queued in the outbox in the
 * same transaction); only after confirming does it get the motion's status changes.
 */
export async function requestFollow(
  options: FollowContext & { motionId: string; email: string },
): Promise<{ code: string }> {
  const email = options.email.trim().toLowerCase();
  if (!isEmailAddress(email))
    throw invalid('email', 'invalid_email', 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.');
  const org = options.writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const motion = await getMotion(trx, org, options.motionId);
    if (!motion || !canSeeMotion(ANONYMOUS, motion)) throw missing('Motie', options.motionId);
    const code = newToken();
    const at = options.clock.now().toISOString();
    const follow = await requestMotionFollow(trx, options.writer, {
      motionId: motion.id,
      email,
      confirmCodeHash: hashToken(code),
      at,
    });
    const base = options.baseUrl ?? (await portalBaseUrlOf(trx, org));
    await queueMessage(trx, options.writer, {
      key: `follow-confirm:${follow.id}:${hashToken(code).slice(0, 16)}`,
      kind: 'follow.confirm',
      category: 'follow-request',
      to: { email },
      content: {
        subject: `Bevestig dat u ${motionName(motion)} wilt volgen`,
        paragraphs: [
          `Iemand (hopelijk u) wil met dit e-mailadres ${motionName(motion)} volgen: u krijgt dan bericht als de motie wordt aangenomen, verworpen, aangehouden, afgedaan of op een andere manier verandert.`,
          'Bevestig dit met de link hieronder. Hebt u dit niet gevraagd? Dan hoeft u niets te doen: zonder bevestiging krijgt u geen berichten.',
        ],
        links: [
          { label: 'Ja, ik wil deze motie volgen', url: `${base}/volgen/${code}` },
          { label: 'De motie bekijken', url: `${base}/moties/${motion.id}` },
        ],
      },
      about: { kind: 'motion-follow', id: follow.id },
      organisationName: options.organisationName,
      at,
      baseUrl: base,
    });
    return { code };
  });
}

export type FollowLink = { motionId: string; motionTitle: string; confirmed: boolean };

/** What a confirmation link is about, or undefined when the code is unknown. */
export async function readFollowLink(options: UseCase & { code: string }): Promise<FollowLink | undefined> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(options.code)) return undefined;
  const org = options.writer.organisationId;
  const follow = await findFollowByCodeHash(options.db, org, hashToken(options.code));
  if (!follow) return undefined;
  const motion = await getMotion(options.db, org, follow.motionId);
  if (!motion) return undefined;
  return { motionId: motion.id, motionTitle: motion.title, confirmed: follow.confirmedAt !== null };
}

/** Uses the confirmation link (a button on the page, so that a mail scanner opening the link confirms nothing). */
export async function confirmFollow(
  options: UseCase & { clock: Clock; code: string },
): Promise<FollowLink | undefined> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(options.code)) return undefined;
  const org = options.writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const follow = await findFollowByCodeHash(trx, org, hashToken(options.code));
    if (!follow) return undefined;
    const motion = await getMotion(trx, org, follow.motionId);
    if (!motion) return undefined;
    await confirmMotionFollow(trx, options.writer, follow, options.clock.now().toISOString());
    return { motionId: motion.id, motionTitle: motion.title, confirmed: true };
  });
}
