import { daysOverdue } from '../../domain/index.js';
import { agreementStatus } from '../../domain/vocabulary/index.js';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import { API_PREFIX } from '../http/api-version.js';
import { SOURCE_KIND } from './schema.js';

const SOURCE_API = Object.fromEntries(Object.entries(SOURCE_KIND).map(([api, code]) => [code, api]));

/** An agreement as the API shows it, overdue counted to `on` (overdueReference: the latest meeting held). */
export function presentAgreement(a: AgreementRecord, on: string) {
  const overdue = daysOverdue(a, on);
  const self = `${API_PREFIX}/afspraken/${a.id}`;
  return {
    id: a.id,
    tekst: a.text,
    partij: a.party,
    uiterlijkOp: a.dueDate,
    status: agreementStatus.toApi(a.status),
    verlopen: overdue > 0,
    dagenVerlopen: overdue,
    verlopenPer: on,
    bron: {
      soort: (a.sourceKind ? (SOURCE_API[a.sourceKind] ?? 'anders') : null) as 'anders' | null,
      overleg: a.consultationId,
      ledenbrief: a.letterId,
      resolutie: a.resolutionId,
    },
    aangemaaktOp: a.createdAt,
    gewijzigdOp: a.updatedAt,
    _links: { self: { href: self }, audittrail: { href: `${self}/audittrail` } },
  };
}

type AgreementFields = {
  tekst?: string;
  partij?: string | null;
  uiterlijkOp?: string | null;
  bron?: {
    soort: keyof typeof SOURCE_KIND;
    overleg?: string | null;
    ledenbrief?: string | null;
    resolutie?: string | null;
  };
};

export function agreementInput(b: AgreementFields) {
  const all = {
    text: b.tekst,
    party: b.partij,
    dueDate: b.uiterlijkOp,
    sourceKind: b.bron ? SOURCE_KIND[b.bron.soort] : undefined,
    consultationId: b.bron ? (b.bron.overleg ?? null) : undefined,
    letterId: b.bron ? (b.bron.ledenbrief ?? null) : undefined,
    resolutionId: b.bron ? (b.bron.resolutie ?? null) : undefined,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}
