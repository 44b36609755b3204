// What the API and the portal use of authentication and authorisation.
export { authorize, can, type Resource } from './authorize.js';
export { AuthError, notAllowed, notAuthenticated } from './errors.js';
export { csrfGuard, installAuth, issueCsrfToken, writerOf } from './install-auth.js';
export { LOGIN_RATE_LIMIT, tooManyLoginsMessage } from './login-rate-limit.js';
export { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
export { ACTIONS, type Action, POLICIES, type Policy, type Scope, scopeFor } from './policies.js';
export { principalOf } from './principal.js';
export {
  ANONYMOUS,
  type Principal,
  parseRole,
  ROLES,
  type Role,
  USER_ROLES,
} from './roles.js';
export { checkCredentials, endSession, SESSION_COOKIE, startSession } from './sessions.js';
export { hashSecret, newApiToken } from './tokens.js';
