import type { Principal } from '../auth/roles.js';
import type { WriteContext } from '../store/audit.js';
import type { Executor } from '../store/database.js';

/**
 * What every use case gets: the database (or a transaction to join) and who writes.
 * The API and the portal build `writer` from the request with `writerOf(request)` (src/auth).
 */
export type UseCase = { db: Executor; writer: WriteContext };

/**
 * What every read use case gets: the database, the organisation read from, and who reads. The reader decides
 * what is seen (src/services/visibility.ts); the API and the portal pass `request.principal`.
 */
export type ReadCase = { db: Executor; organisationId: string; reader: Principal };
