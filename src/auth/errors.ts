import { AppError } from '../domain/app-error.js';

/** Refusal by authentication (401) or authorisation (403); the API maps it to problem+json, the portal to a page. */
export class AuthError extends AppError {
  override name = 'AuthError';
  constructor(
    readonly status: 401 | 403,
    readonly code: 'unauthenticated' | 'forbidden' | 'invalid_credentials' | 'invalid_token',
    message: string,
  ) {
    super(message);
  }
}

export const notAuthenticated = (message = 'Log in of gebruik een geldig API-token.') =>
  new AuthError(401, 'unauthenticated', message);
export const notAllowed = (message = 'U heeft geen toestemming voor deze handeling.') =>
  new AuthError(403, 'forbidden', message);
