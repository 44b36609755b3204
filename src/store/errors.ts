/** A record that does not exist in the organisation asked for; the API maps it to 404. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  readonly code = 'not_found';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} bestaat niet`);
  }
}

/** A write that conflicts with the current state (stale status, duplicate); the API maps it to 409. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  readonly code = 'conflict';
}
