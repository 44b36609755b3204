import { agendaPurpose, meetingKind, meetingStatus } from '../../domain/vocabulary/index.js';
import type { AgendaItemRecord, MeetingRecord } from '../../store/repositories/meetings.js';
import { API_PREFIX } from '../http/api-version.js';

const link = (path: string) => ({ href: `${API_PREFIX}${path}` });

export function presentMeeting(m: MeetingRecord) {
  const self = `/vergaderingen/${m.id}`;
  return {
    id: m.id,
    soort: meetingKind.toApi(m.kind),
    titel: m.title,
    datum: m.date,
    begintijd: m.startTime,
    eindtijd: m.endTime,
    plaats: m.place,
    status: meetingStatus.toApi(m.status),
    peildatum: m.referenceDate,
    aangemaaktOp: m.createdAt,
    gewijzigdOp: m.updatedAt,
    _links: {
      self: link(self),
      agendapunten: link(`${self}/agendapunten`),
      moties: link(`/moties?vergadering=${m.id}`),
      audittrail: link(`${self}/audittrail`),
    },
  };
}

export function presentAgendaItem(a: AgendaItemRecord) {
  return {
    id: a.id,
    vergadering: a.meetingId,
    nummer: a.number,
    titel: a.title,
    doel: agendaPurpose.toApi(a.purpose),
    positie: a.position,
  };
}

type MeetingFields = {
  soort?: string;
  titel?: string;
  datum?: string;
  begintijd?: string | null;
  eindtijd?: string | null;
  plaats?: string | null;
  status?: string;
  peildatum?: string | null;
};

/** API fields to the repository's, leaving out what was not sent. */
export function meetingInput(b: MeetingFields) {
  const all = {
    kind: b.soort === undefined ? undefined : (meetingKind.fromApi(b.soort) ?? b.soort),
    title: b.titel,
    date: b.datum,
    startTime: b.begintijd,
    endTime: b.eindtijd,
    place: b.plaats,
    status: b.status === undefined ? undefined : (meetingStatus.fromApi(b.status) ?? b.status),
    referenceDate: b.peildatum,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}
