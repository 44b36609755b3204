/** Full version of the API contract, sent as the API-Version header on every response (ADR /core/version-header). */
export const API_VERSION = '1.0.0';
export const API_MAJOR = 'v1';
export const API_PREFIX = `/api/${API_MAJOR}`;
