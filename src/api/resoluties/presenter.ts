import { clauseKind, clauseSection, resolutionStatus } from '../../domain/vocabulary/index.js';
import type {
  ClauseRecord,
  NewClause,
  ResolutionRecord,
  ResolutionVersionRecord,
} from '../../store/repositories/resolutions.js';
import { API_PREFIX } from '../http/api-version.js';

const link = (path: string) => ({ href: `${API_PREFIX}${path}` });

export function presentResolution(r: ResolutionRecord) {
  const self = `/resoluties/${r.id}`;
  return {
    id: r.id,
    titel: r.title,
    status: resolutionStatus.toApi(r.status),
    vergadering: r.meetingId,
    agendapunt: r.agendaItemId,
    stemuitslag: { omschrijving: r.voteResult, percentage: r.votePercentage, bijAcclamatie: r.byAcclamation },
    vastgesteldeVersie: r.adoptedVersionId,
    aangemaaktOp: r.createdAt,
    gewijzigdOp: r.updatedAt,
    _links: { self: link(self), versies: link(`${self}/versies`), audittrail: link(`${self}/audittrail`) },
  };
}

export function presentClause(c: ClauseRecord) {
  return {
    id: c.id,
    deel: clauseSection.toApi(c.section),
    soort: clauseKind.toApi(c.kind),
    nummer: c.number,
    tekst: c.text,
    voorwaardeAfspraak: c.conditionAgreementId,
  };
}

export function presentVersion(v: ResolutionVersionRecord) {
  const self = `/resoluties/${v.resolutionId}/versies/${v.id}`;
  return {
    id: v.id,
    resolutie: v.resolutionId,
    nummer: v.number,
    label: v.label,
    toelichting: v.explanation,
    gepubliceerdOp: v.publishedAt,
    clausules: v.clauses.map(presentClause),
    _links: { self: link(self), verschillen: link(`${self}/verschillen`) },
  };
}

type ClauseFields = { deel?: string; soort?: string; tekst?: string; nummer?: number };

/** The clause fields a request sets, in the code's words (the schema has checked the API words). */
export function clauseChanges(b: ClauseFields): Partial<Omit<NewClause, 'conditionAgreementId'>> {
  const changes: Partial<Omit<NewClause, 'conditionAgreementId'>> = {};
  if (b.deel !== undefined) changes.section = clauseSection.codeOf(b.deel);
  if (b.soort !== undefined) changes.kind = clauseKind.codeOf(b.soort);
  if (b.tekst !== undefined) changes.text = b.tekst;
  if (b.nummer !== undefined) changes.number = b.nummer;
  return changes;
}

/** A new clause from a request body (section, kind and text are required there). */
export const newClause = (b: ClauseFields & { deel: string; soort: string; tekst: string }): NewClause => ({
  section: clauseSection.codeOf(b.deel),
  kind: clauseKind.codeOf(b.soort),
  text: b.tekst,
  number: b.nummer,
});
