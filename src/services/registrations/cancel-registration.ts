import { timingSafeEqual } from 'node:crypto';
import { seatsToFill } from '../../domain/registrations.js';
import type { Executor } from '../../store/database.js';
import { getMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import {
  countRegistrations,
  getRegistrationSettings,
  getRegistrationWithCode,
  listWaiting,
  type RegistrationRecord,
  saveRegistrationSettings,
  setRegistrationStatus,
} from '../../store/repositories/registrations.js';
import { inTransaction } from '../../store/transaction.js';
import { locked, missing } from '../errors.js';
import { portalBaseUrlOf } from '../outbox/links.js';
import { hashToken, queueMessage } from '../outbox/queue-message.js';
import { cancelledMessage, movedUpMessage } from './messages.js';
import { lockMeeting, type RegistrationContext, registrationLinks } from './register-for-meeting.js';

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A registration by its personal cancel link: only with the right code (wrong or used codes look the same). */
export async function readRegistrationByCode(
  db: Executor,
  organisationId: string,
  id: string,
  code: string,
): Promise<RegistrationRecord | undefined> {
  const found = await getRegistrationWithCode(db, organisationId, id);
  if (!found?.cancelCodeHash || !code || !sameHash(found.cancelCodeHash, hashToken(code))) return undefined;
  const { cancelCodeHash: _hidden, ...registration } = found;
  return registration;
}

/**
 * Moves people up from the waiting list while there are seats, oldest registration first; each gets a message
 * (queued in the same transaction).
 */
export async function fillFromWaitingList(
  options: RegistrationContext & { trx: Executor; meeting: MeetingRecord },
): Promise<RegistrationRecord[]> {
  const { trx, writer, meeting } = options;
  const org = writer.organisationId;
  const [counts, settings] = await Promise.all([
    countRegistrations(trx, org, meeting.id),
    getRegistrationSettings(trx, org, meeting.id),
  ]);
  const n = seatsToFill(counts.confirmed, settings.capacity, counts.waiting);
  if (n === 0) return [];
  const at = options.clock.now().toISOString();
  const base = options.baseUrl ?? (await portalBaseUrlOf(trx, org));
  const moved: RegistrationRecord[] = [];
  for (const waiting of await listWaiting(trx, org, meeting.id, n)) {
    const r = await setRegistrationStatus(trx, writer, waiting.id, 'confirmed', at);
    moved.push(r);
    if (!r.email) continue;
    await queueMessage(trx, writer, {
      key: `registration:${r.id}:moved-up`,
      kind: 'registration.moved-up',
      category: 'registration',
      to: { email: r.email, name: r.personName },
      // The cancel link of the first message still works; this one links to the meeting.
      content: movedUpMessage(meeting, r.personName, registrationLinks(base, meeting, r.id, null)),
      about: { kind: 'registration', id: r.id },
      organisationName: options.organisationName,
      at,
      baseUrl: base,
    });
  }
  return moved;
}

/**
 * Cancels a registration, by the person (with the code of their link) or by staff (code null). A freed seat goes
 * to the first on the waiting list, who is told so.
 */
export async function cancelRegistration(
  options: RegistrationContext & { registrationId: string; code: string | null },
): Promise<{ registration: RegistrationRecord; movedUp: RegistrationRecord[] }> {
  const { writer } = options;
  const org = writer.organisationId;
  return inTransaction(options.db, async (trx) => {
    const current =
      options.code === null
        ? await getRegistrationWithCode(trx, org, options.registrationId)
        : await readRegistrationByCode(trx, org, options.registrationId, options.code);
    if (!current) throw missing('Aanmelding', options.registrationId);
    await lockMeeting(trx, current.meetingId);
    if (current.status === 'cancelled')
      throw locked('already_cancelled', 'Deze aanmelding is al geannuleerd.');
    const meeting = (await getMeeting(trx, org, current.meetingId))!;
    const at = options.clock.now().toISOString();
    const registration = await setRegistrationStatus(trx, writer, current.id, 'cancelled', at);
    const base = options.baseUrl ?? (await portalBaseUrlOf(trx, org));
    if (registration.email)
      await queueMessage(trx, writer, {
        key: `registration:${registration.id}:cancelled`,
        kind: 'registration.cancelled',
        category: 'registration',
        to: { email: registration.email, name: registration.personName },
        content: cancelledMessage(
          meeting,
          registration.personName,
          registrationLinks(base, meeting, registration.id, null),
        ),
        about: { kind: 'registration', id: registration.id },
        organisationName: options.organisationName,
        at,
        baseUrl: base,
      });
    const movedUp =
      current.status === 'confirmed' ? await fillFromWaitingList({ ...options, trx, meeting }) : [];
    return { registration, movedUp };
  });
}

/** Staff open or close registration and set the capacity; a larger capacity moves people up from the waiting list. */
export async function changeRegistrationSettings(
  options: RegistrationContext & { meetingId: string; open: boolean; capacity: number | null },
): Promise<{ movedUp: RegistrationRecord[] }> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    await lockMeeting(trx, options.meetingId);
    const meeting = await getMeeting(trx, writer.organisationId, options.meetingId);
    if (!meeting) throw missing('Vergadering', options.meetingId);
    if (options.capacity !== null && (!Number.isInteger(options.capacity) || options.capacity < 0))
      throw locked('invalid_capacity', 'De capaciteit is een heel getal van 0 of meer.');
    await saveRegistrationSettings(
      trx,
      writer,
      { meetingId: meeting.id, open: options.open, capacity: options.capacity },
      options.clock.now().toISOString(),
    );
    return { movedUp: await fillFromWaitingList({ ...options, trx, meeting }) };
  });
}
