import { allowedNextStatuses } from '../../domain/index.js';
import {
  decision,
  motionPartStatus,
  motionStatus,
  preAdvice,
  proposal,
  roundStatus,
} from '../../domain/vocabulary/index.js';
import type { EntryWithRound } from '../../store/repositories/accountability.js';
import type { PreAdviceRecord } from '../../store/repositories/motion-extras.js';
import type {
  MotionPartRecord,
  MotionTransitionRecord,
  MotionWithSubmitters,
} from '../../store/repositories/motions.js';
import { API_PREFIX } from '../http/api-version.js';

const link = (path: string) => ({ href: `${API_PREFIX}${path}` });

/** The public shape of a motion: only whitelisted fields, Dutch names and values. */
export function presentMotion(m: MotionWithSubmitters) {
  const self = `/moties/${m.id}`;
  return {
    id: m.id,
    nummer: m.number,
    titel: m.title,
    indieners: m.submitters.map((s) => ({ positie: s.position, lid: s.memberId, naam: s.name })),
    enAnderen: m.andOthers,
    onderwerp: m.topic,
    oproep: m.call,
    toelichting: m.body,
    status: motionStatus.toApi(m.status),
    vergadering: m.meetingId,
    agendapunt: m.agendaItemId,
    ingediendOp: m.submittedAt,
    besluitOp: m.decidedAt,
    stemuitslag: { omschrijving: m.voteResult, percentage: m.votePercentage, bijAcclamatie: m.byAcclamation },
    aangemaaktOp: m.createdAt,
    gewijzigdOp: m.updatedAt,
    _links: {
      self: link(self),
      audittrail: link(`${self}/audittrail`),
      verantwoordingen: link(`${self}/verantwoordingen`),
      statusovergangen: link(`${self}/statusovergangen`),
      delen: link(`${self}/delen`),
      amendementen: link(`${self}/amendementen`),
      preadviezen: link(`${self}/preadviezen`),
      vergadering: m.meetingId ? link(`/vergaderingen/${m.meetingId}`) : null,
    },
  };
}

export function presentPart(p: MotionPartRecord) {
  return {
    id: p.id,
    nummer: p.number,
    tekst: p.text,
    status: motionPartStatus.toApi(p.status),
    stemuitslag: { omschrijving: p.voteResult, percentage: p.votePercentage, bijAcclamatie: p.byAcclamation },
  };
}

export function presentPreAdvice(p: PreAdviceRecord) {
  return { id: p.id, advies: preAdvice.toApi(p.advice), toelichting: p.text, gegevenOp: p.givenAt };
}

export function presentMotionEntry(e: EntryWithRound) {
  return {
    id: e.id,
    ronde: { id: e.round.id, titel: e.round.title, status: roundStatus.toApi(e.round.status) },
    vergadering: { id: e.round.meetingId, titel: e.round.meetingTitle, datum: e.round.meetingDate },
    tekst: e.text,
    voorstel: e.proposal === null ? null : proposal.toApi(e.proposal),
    voorwaarde: e.condition,
    besluit: e.decision === null ? null : decision.toApi(e.decision),
    besluitOp: e.decidedAt,
  };
}

export function presentTransition(t: MotionTransitionRecord) {
  return {
    van: t.fromStatus === null ? null : motionStatus.toApi(t.fromStatus),
    naar: motionStatus.toApi(t.toStatus),
    op: t.at,
    door: t.actorId,
    vergadering: t.meetingId,
    verantwoordingsronde: t.roundId,
    stemming: t.voteId,
    reden: t.reason,
  };
}

/** The parts of the detail, as the reader may see them (the read use case left out what it may not). */
export type MotionDetailParts = {
  parts: MotionPartRecord[];
  preAdvices: PreAdviceRecord[];
  entries: EntryWithRound[];
};

export function presentMotionDetail(m: MotionWithSubmitters, extra: MotionDetailParts) {
  const current = extra.preAdvices.at(-1);
  return {
    ...presentMotion(m),
    vervolgstappen: allowedNextStatuses(m.status).map((s) => motionStatus.toApi(s)),
    delen: extra.parts.map(presentPart),
    preadvies: current ? presentPreAdvice(current) : null,
    verantwoordingen: extra.entries.map(presentMotionEntry),
  };
}
