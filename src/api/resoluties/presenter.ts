import type { Clause, ClauseKind, ClauseSection } from '../../domain/index.js';
import type {
  ClauseRecord,
  ResolutionRecord,
  ResolutionVersionRecord,
} from '../../store/repositories/resolutions.js';
import { API_PREFIX } from '../http/api-version.js';
import { clauseKind, clauseSection, resolutionStatus } from '../http/vocabulary.js';

const link = (path: string) => ({ href: `${API_PREFIX}${path}` });

export function presentResolution(r: ResolutionRecord) {
  const self = `/resoluties/${r.id}`;
  return {
    id: r.id,
    titel: r.title,
    status: resolutionStatus.toApi(r.status),
    vergadering: r.meetingId,
    agendapunt: r.agendaItemId,
    stemuitslag: {
      omschrijving: r.voteResult,
      percentage: r.votePercentage,
      bijAcclamatie: r.voteResult === 'akkoord bij acclamatie',
    },
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

export const toDomainClause = (c: ClauseRecord): Clause => ({
  id: c.id,
  versionId: c.resolutionVersionId ?? '',
  position: c.number,
  section: c.section as ClauseSection,
  kind: c.kind as ClauseKind,
  text: c.text,
  conditionAgreementId: c.conditionAgreementId,
});

type ClauseFields = { deel?: string; soort?: string; tekst?: string; nummer?: number };

export const clauseInput = (b: ClauseFields) =>
  Object.fromEntries(
    Object.entries({
      section: b.deel === undefined ? undefined : clauseSection.fromApi(b.deel),
      kind: b.soort === undefined ? undefined : clauseKind.fromApi(b.soort),
      text: b.tekst,
      number: b.nummer,
    }).filter(([, v]) => v !== undefined && v !== null),
  );
