import { AppError } from '../domain/app-error.js';

/** A record that does not exist in the organisation asked for; the API maps it to 404. */
export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  readonly code = 'not_found';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} bestaat niet`);
  }
}

/**
 * A write that conflicts with the current state: the record changed since it was read (a lost race on a
 * status change), or the value already exists. The API maps it to 409.
 */
export class ConflictError extends AppError {
  override name = 'ConflictError';
  readonly code = 'conflict';
}

/** A write names a record (by a referencing column) that does not exist in the organisation; the API maps it to 400. */
export class UnknownReferenceError extends Error {
  override name = 'UnknownReferenceError';
  readonly code = 'unknown_reference';
  /** Read by the portal's error page. */
  readonly status = 400;
  constructor(
    readonly table: string,
    readonly column: string,
    readonly id: string,
  ) {
    super(`De invoer verwijst naar een record dat niet bestaat (${id}).`);
  }
}

/**
 * The database could not serve the request in time: every pooled PostgreSQL connection stayed busy past the
 * pool's wait, or SQLite's write lock stayed taken past its busy timeout. Nothing was written; the request can be
 * tried again. The API answers 503 with Retry-After, the portal a "try again" page.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_BUSY_SNAPSHOT') return true;
  return typeof e.message === 'string' && e.message.startsWith('timeout exceeded when trying to connect');
}
