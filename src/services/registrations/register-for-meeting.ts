import { sql } from 'kysely';
import { dutchCalendarDate } from '../../domain/dates.js';
import { isEmailAddress, isRegistrationOpen, statusForNewRegistration } from '../../domain/registrations.js';
import type { Clock } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import { engineOf } from '../../store/engine.js';
import { getMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import { getMember } from '../../store/repositories/members.js';
import {
  countRegistrations,
  createRegistration,
  findActiveRegistration,
  getRegistrationSettings,
  type RegistrationRecord,
} from '../../store/repositories/registrations.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked, missing } from '../errors.js';
import { portalBaseUrlOf } from '../outbox/links.js';
import { hashToken, newToken, queueMessage } from '../outbox/queue-message.js';
import type { UseCase } from '../types.js';
import { confirmationMessage, waitingListMessage } from './messages.js';

export type Registrant = {
  name: string;
  email: string;
  memberId: string | null;
  role: string | null;
  wishes: string | null;
};

export type RegistrationContext = UseCase & { clock: Clock; organisationName: string; baseUrl?: string };

/** Today in the Netherlands, from the clock the caller passes. */
export const dutchToday = (clock: Clock): string => dutchCalendarDate(clock.now());

/** Serialises sign-ups for one meeting on PostgreSQL (SQLite runs one writer at a time anyway). */
export async function lockMeeting(trx: Executor, meetingId: string): Promise<void> {
  if (engineOf(trx) === 'postgres')
    await sql`select id from meetings where id = ${meetingId} for update`.execute(trx);
}

export function registrationLinks(
  baseUrl: string,
  meeting: MeetingRecord,
  registrationId: string,
  code: string | null,
) {
  return {
    meetingUrl: `${baseUrl}/vergaderingen/${meeting.id}`,
    cancelUrl: code ? `${baseUrl}/aanmeldingen/${registrationId}/annuleren?code=${code}` : null,
    calendarUrl: `${baseUrl}/api/v1/vergaderingen/${meeting.id}/kalender`,
  };
}

function check(person: Registrant): void {
  if (!person.name.trim()) throw invalid('naam', 'required', 'Vul uw naam in.');
  if (person.name.length > 200)
    throw invalid('naam', 'too_long', 'Uw naam is te lang: hoogstens 200 tekens.');
  if (!isEmailAddress(person.email))
    throw invalid('email', 'invalid_email', 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.');
  if ((person.role ?? '').length > 200)
    throw invalid('functie', 'too_long', 'Uw functie is te lang: hoogstens 200 tekens.');
  if ((person.wishes ?? '').length > 1000)
    throw invalid('wensen', 'too_long', 'Dieetwensen en allergieën: hoogstens 1000 tekens.');
}

/**
 * A person registers for a meeting: a seat while there is one, else the waiting list. The confirmation (with the
 * personal cancel link) is queued in the same transaction. Returns the cancel code once; only its hash is kept.
 */
export async function registerForMeeting(
  options: RegistrationContext & { meetingId: string; person: Registrant },
): Promise<{ registration: RegistrationRecord; cancelCode: string; position: number | null }> {
  const { writer, person } = options;
  const org = writer.organisationId;
  check(person);
  const email = person.email.trim().toLowerCase();
  return inTransaction(options.db, async (trx) => {
    await lockMeeting(trx, options.meetingId);
    const meeting = await getMeeting(trx, org, options.meetingId);
    if (!meeting) throw missing('Vergadering', options.meetingId);
    const settings = await getRegistrationSettings(trx, org, meeting.id);
    const today = dutchToday(options.clock);
    if (
      !isRegistrationOpen(
        { meetingDate: meeting.date, meetingStatus: meeting.status, open: settings.open },
        today,
      )
    )
      throw locked('registration_closed', `Aanmelden voor ${meeting.title} is niet (meer) mogelijk.`);
    if (person.memberId && !(await getMember(trx, org, person.memberId)))
      throw invalid('lid', 'unknown_member', 'Kies uw gemeente uit de lijst.');
    if (await findActiveRegistration(trx, org, meeting.id, email))
      throw locked(
        'already_registered',
        'Met dit e-mailadres is al iemand aangemeld voor deze bijeenkomst. Kijk in uw e-mail voor de bevestiging.',
      );
    const counts = await countRegistrations(trx, org, meeting.id);
    const status = statusForNewRegistration(counts.confirmed, settings.capacity);
    const code = newToken();
    const at = options.clock.now().toISOString();
    const registration = await createRegistration(trx, writer, {
      meetingId: meeting.id,
      memberId: person.memberId,
      personName: person.name.trim(),
      email,
      role: person.role?.trim() || null,
      wishes: person.wishes?.trim() || null,
      status,
      cancelCodeHash: hashToken(code),
      createdAt: at,
    });
    const base = options.baseUrl ?? (await portalBaseUrlOf(trx, org));
    const links = registrationLinks(base, meeting, registration.id, code);
    const position = status === 'waiting' ? counts.waiting + 1 : null;
    await queueMessage(trx, writer, {
      key: `registration:${registration.id}:${status}`,
      kind: status === 'confirmed' ? 'registration.confirmed' : 'registration.waiting',
      category: 'registration',
      to: { email, name: registration.personName },
      content:
        status === 'confirmed'
          ? confirmationMessage(meeting, registration.personName, links)
          : waitingListMessage(meeting, registration.personName, position ?? 1, links),
      about: { kind: 'registration', id: registration.id },
      organisationName: options.organisationName,
      at,
      baseUrl: base,
    });
    return { registration, cancelCode: code, position };
  });
}
