import { type OverdueReference, overdueReference } from '../services/registers/overdue-reference.js';
import type { Web } from './web.js';

/** The date this organisation's pages count overdue days to (the latest meeting held; see overdueReference). */
export function referenceDate(web: Web): Promise<OverdueReference> {
  return overdueReference(web.ctx.db, web.ctx.organisation.id);
}
