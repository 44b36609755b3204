/**
 * The root of every error the application throws on purpose (domain rule, missing record, stale write,
 * refused access, unreadable file): each carries a stable `code` that clients may rely on. Callers tell them
 * apart by class (`instanceof`), never by `name` or message; the API and the portal map them in one place each.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
}
