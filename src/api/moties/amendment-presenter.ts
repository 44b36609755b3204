import { amendmentStatus } from '../../domain/vocabulary/index.js';
import type { AmendmentRecord } from '../../store/repositories/motion-extras.js';

export function presentAmendment(a: AmendmentRecord) {
  return {
    id: a.id,
    titel: a.title,
    tekst: a.text,
    indieners: a.submitters.map((s, i) => ({ positie: i + 1, lid: s.memberId, naam: s.name })),
    status: amendmentStatus.toApi(a.status),
    aangemaaktOp: a.createdAt,
  };
}
