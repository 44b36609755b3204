import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { csrfGuard } from '../../../auth/index.js';
import { isRegistrationOpen, keepPersonalDataUntil } from '../../../domain/registrations.js';
import {
  cancelRegistration,
  changeRegistrationSettings,
  readRegistrationByCode,
} from '../../../services/registrations/cancel-registration.js';
import { retentionDaysFromEnv } from '../../../services/registrations/erase-registrations.js';
import { dutchToday, registerForMeeting } from '../../../services/registrations/register-for-meeting.js';
import { registrationsCsv } from '../../../services/registrations/registrations-csv.js';
import { systemClock } from '../../../store/clock.js';
import { getMeeting, type MeetingRecord } from '../../../store/repositories/meetings.js';
import { listMembers } from '../../../store/repositories/members.js';
import {
  countRegistrations,
  getRegistration,
  getRegistrationSettings,
  listRegistrations,
} from '../../../store/repositories/registrations.js';
import { errorsFromRefusal, type FormErrors, type FormValues, hasErrors, readForm } from '../../forms.js';
import {
  CancelRegistrationPage,
  RegistrationDonePage,
  RegistrationFormPage,
} from '../../pages/registrations/RegistrationPages.js';
import { StaffRegistrationsPage } from '../../pages/registrations/StaffRegistrationsPage.js';
import {
  participationCaseOf,
  publicFormContext,
  redirectWithNotice,
  staffContext,
  staffOnly,
} from '../../staff.js';
import { memberOptions } from '../../staff-options.js';
import { isUuid, pageNotFound, queryString, sendPage, type Web } from '../../web.js';

const FIELD_NAMES = { naam: 'naam', email: 'email', lid: 'lid', functie: 'functie', wensen: 'wensen' };
const SIGN_UP_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };

/** Public: sign up for a meeting and cancel by the personal link. Staff: the list, CSV, capacity and opening. */
export function registrationRoutes(app: FastifyInstance, web: Web): void {
  const { db, organisation } = web.ctx;
  const org = organisation.id;
  const clock = web.ctx.clock ?? systemClock;

  const loadMeeting = async (id: string): Promise<MeetingRecord> => {
    const meeting = isUuid(id) ? await getMeeting(db, org, id) : undefined;
    if (!meeting) throw pageNotFound();
    return meeting;
  };

  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    meeting: MeetingRecord,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const [settings, counts, members] = await Promise.all([
      getRegistrationSettings(db, org, meeting.id),
      countRegistrations(db, org, meeting.id),
      memberOptions(web),
    ]);
    const open = isRegistrationOpen(
      { meetingDate: meeting.date, meetingStatus: meeting.status, open: settings.open },
      dutchToday(clock),
    );
    const data = {
      meeting,
      open,
      full: settings.capacity !== null && counts.confirmed >= settings.capacity,
      members,
      values,
      errors,
    };
    return sendPage(
      reply,
      <RegistrationFormPage ctx={await publicFormContext(web, request, reply)} data={data} />,
      hasErrors(errors) ? 400 : 200,
    );
  };

  app.get<{ Params: { id: string } }>('/vergaderingen/:id/aanmelden', async (request, reply) =>
    formPage(request, reply, await loadMeeting(request.params.id), {}, {}),
  );

  app.post<{ Params: { id: string } }>(
    '/vergaderingen/:id/aanmelden',
    { preHandler: csrfGuard, config: SIGN_UP_LIMIT },
    async (request, reply) => {
      const meeting = await loadMeeting(request.params.id);
      const values = readForm(request.body);
      try {
        const done = await registerForMeeting({
          ...participationCaseOf(web, request),
          meetingId: meeting.id,
          person: {
            name: values.naam ?? '',
            email: values.email ?? '',
            memberId: isUuid(values.lid ?? '') ? values.lid : values.lid ? 'onbekend' : null,
            role: values.functie || null,
            wishes: values.wensen || null,
          },
        });
        return sendPage(
          reply,
          <RegistrationDonePage
            ctx={await publicFormContext(web, request, reply)}
            meeting={meeting}
            position={done.position}
          />,
          201,
        );
      } catch (error) {
        const errors = errorsFromRefusal(error, FIELD_NAMES);
        if (!errors) throw error;
        return formPage(request, reply, meeting, values, errors);
      }
    },
  );

  app.get<{ Params: { id: string } }>('/aanmeldingen/:id/annuleren', async (request, reply) => {
    const code = queryString(request.query, 'code');
    const registration = isUuid(request.params.id)
      ? await readRegistrationByCode(db, org, request.params.id, code)
      : undefined;
    const ctx = await publicFormContext(web, request, reply);
    if (!registration || registration.status === 'cancelled')
      return sendPage(reply, <CancelRegistrationPage ctx={ctx} data={{ state: 'unknown' }} />, 404);
    const meeting = (await getMeeting(db, org, registration.meetingId))!;
    const action = `/aanmeldingen/${registration.id}/annuleren?${new URLSearchParams({ code })}`;
    return sendPage(
      reply,
      <CancelRegistrationPage
        ctx={ctx}
        data={{ state: 'ask', meeting, name: registration.personName, action }}
      />,
    );
  });

  app.post<{ Params: { id: string } }>(
    '/aanmeldingen/:id/annuleren',
    { preHandler: csrfGuard, config: SIGN_UP_LIMIT },
    async (request, reply) => {
      const ctx = await publicFormContext(web, request, reply);
      const code = queryString(request.query, 'code');
      if (!isUuid(request.params.id) || !code)
        return sendPage(reply, <CancelRegistrationPage ctx={ctx} data={{ state: 'unknown' }} />, 404);
      try {
        const { registration } = await cancelRegistration({
          ...participationCaseOf(web, request),
          registrationId: request.params.id,
          code,
        });
        const meeting = (await getMeeting(db, org, registration.meetingId))!;
        return sendPage(reply, <CancelRegistrationPage ctx={ctx} data={{ state: 'done', meeting }} />);
      } catch (error) {
        if (!errorsFromRefusal(error)) throw error;
        return sendPage(reply, <CancelRegistrationPage ctx={ctx} data={{ state: 'unknown' }} />, 404);
      }
    },
  );

  // Staff
  const staffPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    meeting: MeetingRecord,
    values: FormValues | null,
    errors: FormErrors,
  ) => {
    const [settings, counts, list, members] = await Promise.all([
      getRegistrationSettings(db, org, meeting.id),
      countRegistrations(db, org, meeting.id),
      listRegistrations(db, org, { meetingId: meeting.id }, { limit: 5000, offset: 0 }, 'created'),
      listMembers(db, org),
    ]);
    const data = {
      meeting,
      settings,
      counts,
      registrations: list.items,
      memberNames: new Map(members.map((m) => [m.id, m.name])),
      keepUntil: keepPersonalDataUntil(meeting.date, retentionDaysFromEnv()),
      values: values ?? {
        open: settings.open ? 'ja' : 'nee',
        capaciteit: settings.capacity === null ? '' : String(settings.capacity),
      },
      errors,
    };
    return sendPage(
      reply,
      <StaffRegistrationsPage ctx={await staffContext(web, request, reply)} data={data} />,
      hasErrors(errors) ? 400 : 200,
    );
  };

  app.get<{ Params: { id: string } }>(
    '/beheer/vergaderingen/:id/aanmeldingen',
    { preHandler: staffOnly('meeting.write') },
    async (request, reply) => staffPage(request, reply, await loadMeeting(request.params.id), null, {}),
  );

  app.get<{ Params: { id: string } }>(
    '/beheer/vergaderingen/:id/aanmeldingen.csv',
    { preHandler: staffOnly('meeting.write') },
    async (request, reply) => {
      const meeting = await loadMeeting(request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="aanmeldingen-${meeting.date}.csv"`)
        .header('cache-control', 'no-store')
        .send(await registrationsCsv(db, org, meeting.id));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/beheer/vergaderingen/:id/aanmeldingen',
    { preHandler: staffOnly('meeting.write') },
    async (request, reply) => {
      const meeting = await loadMeeting(request.params.id);
      const values = readForm(request.body);
      const errors: FormErrors = {};
      const capacity = values.capaciteit ? Number(values.capaciteit) : null;
      if (capacity !== null && (!Number.isInteger(capacity) || capacity < 0 || capacity > 100_000))
        errors.capaciteit = 'Vul de capaciteit in als een heel getal van 0 of meer, of laat het veld leeg.';
      if (values.open !== 'ja' && values.open !== 'nee')
        errors.open = 'Kies of aanmelden open of gesloten is.';
      if (hasErrors(errors)) return staffPage(request, reply, meeting, values, errors);
      await changeRegistrationSettings({
        ...participationCaseOf(web, request),
        meetingId: meeting.id,
        open: values.open === 'ja',
        capacity,
      });
      return redirectWithNotice(reply, `/beheer/vergaderingen/${meeting.id}/aanmeldingen`, 'opgeslagen');
    },
  );

  app.post<{ Params: { id: string } }>(
    '/beheer/aanmeldingen/:id/annuleren',
    { preHandler: staffOnly('meeting.write') },
    async (request, reply) => {
      const registration = isUuid(request.params.id)
        ? await getRegistration(db, org, request.params.id)
        : undefined;
      if (!registration) throw pageNotFound();
      if (registration.status !== 'cancelled')
        await cancelRegistration({
          ...participationCaseOf(web, request),
          registrationId: registration.id,
          code: null,
        });
      return redirectWithNotice(
        reply,
        `/beheer/vergaderingen/${registration.meetingId}/aanmeldingen`,
        'opgeslagen',
      );
    },
  );
}
