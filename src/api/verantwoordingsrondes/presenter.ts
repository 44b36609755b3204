import { decision, motionStatus, proposal, roundStatus } from '../../domain/vocabulary/index.js';
import type { AccountabilityRoundRecord, EntryWithMotion } from '../../store/repositories/accountability.js';
import { API_PREFIX } from '../http/api-version.js';

const link = (path: string) => ({ href: `${API_PREFIX}${path}` });

export function presentRound(r: AccountabilityRoundRecord) {
  const self = `/verantwoordingsrondes/${r.id}`;
  return {
    id: r.id,
    titel: r.title,
    status: roundStatus.toApi(r.status),
    vergadering: r.meetingId,
    ledenbrief: r.letterId,
    agendapunt: r.agendaItemId,
    samenvatting: r.summary,
    voorstelTekst: r.proposalText,
    geopendOp: r.openedAt,
    rapportdatum: r.reportDate,
    bestuursvergadering: r.boardMeetingDate,
    beslotenOp: r.decidedOn,
    stemuitslag: r.voteResult
      ? { tekst: r.voteResult, percentage: r.votePercentage, bijAcclamatie: r.byAcclamation }
      : null,
    _links: {
      self: link(self),
      verantwoordingen: link(`${self}/verantwoordingen`),
      volledigheid: link(`${self}/volledigheid`),
      rapport: link(`${self}/rapport`),
      audittrail: link(`${self}/audittrail`),
      vergadering: link(`/vergaderingen/${r.meetingId}`),
    },
  };
}

/** While the round is open the texts are drafts: without the right to read them they are left out. */
export function presentEntry(e: EntryWithMotion, showDraft: boolean, roundOpen: boolean) {
  const hide = roundOpen && !showDraft;
  return {
    id: e.id,
    ronde: e.roundId,
    positie: e.position,
    groep: e.groupLabel,
    motie: {
      id: e.motion.id,
      nummer: e.motion.number,
      titel: e.motion.title,
      status: motionStatus.toApi(e.motion.status),
      indieners: e.motion.submitters.map((s) => s.name),
      enAnderen: e.motion.andOthers,
      vergadering: e.meeting ? { id: e.meeting.id, titel: e.meeting.title, datum: e.meeting.date } : null,
    },
    tekst: hide ? null : e.text,
    voorstel: hide || e.proposal === null ? null : proposal.toApi(e.proposal),
    voorwaarde: hide ? null : e.condition,
    goedgekeurdOp: e.approvedAt,
    besluit: e.decision === null ? null : decision.toApi(e.decision),
    besluitOp: e.decidedAt,
    _links: {
      self: link(`/verantwoordingsrondes/${e.roundId}/verantwoordingen/${e.id}`),
      motie: link(`/moties/${e.motion.id}`),
    },
  };
}
