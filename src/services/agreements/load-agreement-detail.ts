import { getAgreement } from '../../store/repositories/agreements.js';
import { getConsultation } from '../../store/repositories/consultations.js';
import { getLetter } from '../../store/repositories/letters.js';
import { getResolution } from '../../store/repositories/resolutions.js';
import { listClausesConditionalOn } from '../../store/repositories/web-queries.js';
import { missing } from '../errors.js';
import { findVisibleSources } from '../registers/find-visible-sources.js';
import type { ReadCase } from '../types.js';
import { canSeeResolution } from '../visibility.js';

/**
 * One agreement with where it was made (consultation, letter, resolution), the published clauses that depend
 * on it and its source documents, as the reader may see them: the resolution it came from only when the
 * reader may see that resolution (an imported concept is the bureau's work in progress), and no source
 * document drawn from such a concept.
 */
export async function loadAgreementDetail(read: ReadCase & { agreementId: string }) {
  const { db, organisationId: org } = read;
  const agreement = await getAgreement(db, org, read.agreementId);
  if (!agreement) throw missing('Afspraak', read.agreementId);
  const [consultation, letter, resolution, clauses, sources] = await Promise.all([
    agreement.consultationId ? getConsultation(db, org, agreement.consultationId) : undefined,
    agreement.letterId ? getLetter(db, org, agreement.letterId) : undefined,
    agreement.resolutionId ? getResolution(db, org, agreement.resolutionId) : undefined,
    listClausesConditionalOn(db, org, agreement.id),
    findVisibleSources({ ...read, entityKind: 'agreement', entityId: agreement.id }),
  ]);
  return {
    agreement,
    consultation,
    letter,
    resolution: resolution && canSeeResolution(read.reader, resolution) ? resolution : undefined,
    clauses,
    sources,
  };
}
