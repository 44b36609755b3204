import type { WriteContext } from '../store/audit.js';
import type { Executor } from '../store/database.js';

/**
 * What every use case gets: the database (or a transaction to join) and who writes.
 * The API and the portal build `writer` from the request with `writerOf(request)` (src/auth).
 */
export type UseCase = { db: Executor; writer: WriteContext };
