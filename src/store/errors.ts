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
