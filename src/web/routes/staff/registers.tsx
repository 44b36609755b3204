import type { FastifyInstance } from 'fastify';
import { allowedNextAgreementStatuses } from '../../../domain/agreements.js';
import {
  agreementStatus,
  capitalise,
  meetingKind,
  meetingStatus,
  type PortalWords,
  portalWords,
} from '../../../domain/vocabulary/index.js';
import { editAgreement, recordAgreement } from '../../../services/agreements/record-agreement.js';
import { editMeeting } from '../../../services/meetings/edit-meeting.js';
import { scheduleMeeting } from '../../../services/meetings/schedule-meeting.js';
import { editLetter, writeLetter } from '../../../services/registers/write-letter.js';
import { type AgreementRecord, getAgreement } from '../../../store/repositories/agreements.js';
import { getLetter, type LetterWithAttachments } from '../../../store/repositories/letters.js';
import { getMeeting, listAgendaItems, type MeetingRecord } from '../../../store/repositories/meetings.js';
import type { FieldSpec } from '../../components/SpecFields.js';
import { orNull } from '../../forms.js';
import { AgendaEditor, AgreementStatusForm, LetterAttachments } from '../../pages/staff/RecordExtras.js';
import { documentOptions } from '../../staff-options.js';
import type { Web } from '../../web.js';
import { registerRecordRoutes } from './record-routes.js';

/** An agreement's fields in the organisation's words: an association's afspraak, a council's toezegging. */
const agreementSpecs = (words: PortalWords): FieldSpec[] => [
  { name: 'text', label: capitalise(words.agreement), kind: 'textarea', required: true },
  {
    name: 'party',
    label: 'Partij',
    kind: 'text',
    description: words.associationParts
      ? 'Bijvoorbeeld: kabinet, Ministerie van BZK.'
      : 'Bijvoorbeeld: wethouder M. de Vries.',
  },
  { name: 'dueDate', label: 'Uiterlijk', kind: 'date', description: 'De termijn, als datum: 2026-04-14.' },
];
const LETTER: FieldSpec[] = [
  { name: 'subject', label: 'Onderwerp', kind: 'text', required: true },
  { name: 'number', label: 'Nummer', kind: 'text', description: 'Bijvoorbeeld Lbr. 26/015.' },
  { name: 'reference', label: 'Kenmerk', kind: 'text', description: 'Bijvoorbeeld U202600147.' },
  { name: 'date', label: 'Datum', kind: 'date', required: true },
  {
    name: 'addressees',
    label: 'Aan',
    kind: 'text',
    description: 'Bijvoorbeeld: aan de leden, college en raad.',
  },
  { name: 'body', label: 'Inhoud', kind: 'textarea' },
];
/**
 * A meeting's fields; the kinds offered are the organisation's own: the association's assemblies, a council's
 * (provincial states', water board's) one kind of meeting in its own word.
 */
const meetingSpecs = (words: PortalWords): FieldSpec[] => [
  {
    name: 'kind',
    label: 'Soort vergadering',
    kind: 'select',
    required: true,
    options: words.associationParts
      ? meetingKind.options().filter((o) => o.value !== 'council-meeting')
      : [{ value: 'council-meeting', label: capitalise(words.meeting) }],
    emptyLabel: 'Kies',
  },
  { name: 'title', label: 'Titel', kind: 'text', required: true },
  { name: 'date', label: 'Datum', kind: 'date', required: true },
  { name: 'startTime', label: 'Begintijd', kind: 'time' },
  { name: 'endTime', label: 'Eindtijd', kind: 'time' },
  { name: 'place', label: 'Plaats', kind: 'text' },
  {
    name: 'status',
    label: 'Status',
    kind: 'select',
    required: true,
    options: meetingStatus.options(),
    emptyLabel: 'Kies',
  },
];

export function staffRegisterRoutes(app: FastifyInstance, web: Web): void {
  const { db, organisation } = web.ctx;
  const org = organisation.id;
  const words = portalWords(organisation.kind ?? 'vereniging');

  registerRecordRoutes<AgreementRecord>(app, web, {
    path: '/beheer/afspraken',
    action: 'agreement.write',
    name: { new: `Nieuwe ${words.agreement}`, edit: () => `${capitalise(words.agreement)} bewerken` },
    specs: async () => agreementSpecs(words),
    load: (id) => getAgreement(db, org, id),
    values: (a) => ({ text: a.text, party: a.party ?? '', dueDate: a.dueDate ?? '' }),
    create: (v, writer) =>
      recordAgreement({
        db,
        writer,
        agreement: { text: v.text, party: orNull(v.party), dueDate: orNull(v.dueDate) },
      }),
    update: (a, v, writer) =>
      editAgreement({
        db,
        writer,
        agreementId: a.id,
        changes: { text: v.text, party: orNull(v.party), dueDate: orNull(v.dueDate) },
      }),
    publicHref: (a) => `/afspraken/${a.id}`,
    fields: { tekst: 'text', partij: 'party', uiterlijk: 'dueDate' },
    // The board sets an agreement's stand without editing its text.
    view: { action: 'agreement.changeStatus', title: () => `Stand van de ${words.agreement}` },
    after: async (ctx, a) => (
      <AgreementStatusForm
        ctx={ctx}
        agreement={a}
        options={allowedNextAgreementStatuses(a.status).map((s) => ({
          value: s,
          label: agreementStatus.label(s),
        }))}
      />
    ),
  });

  // Member letters are the association's; a council has none (its pages answer 404).
  if (words.associationParts)
    registerRecordRoutes<LetterWithAttachments>(app, web, {
      path: '/beheer/ledenbrieven',
      action: 'letter.write',
      name: { new: 'Nieuwe ledenbrief', edit: (l) => `Ledenbrief bewerken: ${l.subject}` },
      specs: async () => LETTER,
      load: (id) => getLetter(db, org, id),
      values: (l) => ({
        subject: l.subject,
        number: l.number ?? '',
        reference: l.reference ?? '',
        date: l.date ?? '',
        addressees: l.addressees ?? '',
        body: l.body ?? '',
      }),
      create: (v, writer) => writeLetter({ db, writer, letter: letterInput(v) }),
      update: (l, v, writer) => editLetter({ db, writer, letterId: l.id, changes: letterInput(v) }),
      publicHref: (l) => `/ledenbrieven/${l.id}`,
      after: async (ctx, l) => (
        <LetterAttachments ctx={ctx} letter={l} documents={await documentOptions(web)} />
      ),
    });

  registerRecordRoutes<MeetingRecord>(app, web, {
    path: '/beheer/vergaderingen',
    action: 'meeting.write',
    name: { new: 'Nieuwe vergadering', edit: (m) => `Vergadering bewerken: ${m.title}` },
    specs: async () => meetingSpecs(words),
    load: (id) => getMeeting(db, org, id),
    values: (m) => ({
      kind: m.kind,
      title: m.title,
      date: m.date,
      startTime: m.startTime ?? '',
      endTime: m.endTime ?? '',
      place: m.place ?? '',
      status: m.status,
    }),
    create: (v, writer) =>
      scheduleMeeting({
        db,
        writer,
        meeting: { ...meetingInput(v), kind: meetingKind.asCode(v.kind), title: v.title, date: v.date },
      }),
    update: (m, v, writer) => editMeeting({ db, writer, meetingId: m.id, changes: meetingInput(v) }),
    publicHref: (m) => `/vergaderingen/${m.id}`,
    fields: { eindtijd: 'endTime', begintijd: 'startTime' },
    after: async (ctx, m) => (
      <AgendaEditor ctx={ctx} meeting={m} items={await listAgendaItems(db, org, m.id)} />
    ),
  });
}

const letterInput = (v: Record<string, string>) => ({
  subject: v.subject,
  number: orNull(v.number),
  reference: orNull(v.reference),
  date: orNull(v.date),
  addressees: orNull(v.addressees),
  body: orNull(v.body),
});

const meetingInput = (v: Record<string, string>) => ({
  kind: meetingKind.asCode(v.kind),
  title: v.title,
  date: v.date,
  startTime: orNull(v.startTime),
  endTime: orNull(v.endTime),
  place: orNull(v.place),
  status: meetingStatus.asCode(v.status),
});
