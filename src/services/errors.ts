import { AppError } from '../domain/app-error.js';

/** A use case refused for a reason that is not a domain rule: the record is missing, locked, or the input is wrong. */
export type ServiceErrorKind = 'not_found' | 'conflict' | 'invalid';

export class ServiceError extends AppError {
  override name = 'ServiceError';
  constructor(
    readonly kind: ServiceErrorKind,
    readonly code: string,
    message: string,
    /** For 'invalid': the input field at fault (Dutch API name). */
    readonly param?: string,
  ) {
    super(message);
  }
}

export const missing = (entity: string, id: string) =>
  new ServiceError('not_found', 'not_found', `${entity} ${id} bestaat niet.`);
export const locked = (code: string, message: string) => new ServiceError('conflict', code, message);
export const invalid = (param: string, code: string, message: string) =>
  new ServiceError('invalid', code, message, param);
