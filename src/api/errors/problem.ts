import { AppError } from '../../domain/app-error.js';

/** One application error type with stable codes; the error handler turns it into application/problem+json. */
export type InvalidParam = { name: string; code: string; reason: string };

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  invalidParams?: InvalidParam[];
  /** For illegal transitions: the state the record is in and where it may go. */
  huidigeStatus?: string;
  toegestaneStatussen?: string[];
  /** When a meeting has not taken place yet: its date. */
  vergaderdatum?: string;
  /** Records the refusal is about (conditional entries without a decision, pending earlier rounds). */
  betreft?: { id: string; omschrijving: string }[];
};

export class ApiError extends AppError {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly extra: Partial<
      Pick<
        ProblemBody,
        'invalidParams' | 'huidigeStatus' | 'toegestaneStatussen' | 'vergaderdatum' | 'betreft'
      >
    > = {},
  ) {
    super(detail);
  }
}

export const badRequest = (detail: string, invalidParams: InvalidParam[] = []): ApiError =>
  new ApiError(400, 'invalid_input', 'Ongeldige invoer', detail, { invalidParams });

export const invalidParam = (name: string, code: string, reason: string): ApiError =>
  badRequest(reason, [{ name, code, reason }]);

export const unauthorized = (detail = 'Log in of gebruik een geldig API-token.'): ApiError =>
  new ApiError(401, 'unauthenticated', 'Niet geauthenticeerd', detail);

export const forbidden = (detail = 'U heeft geen toestemming voor deze handeling.'): ApiError =>
  new ApiError(403, 'forbidden', 'Geen toestemming', detail);

export const notFound = (what: string, id?: string): ApiError =>
  new ApiError(
    404,
    'not_found',
    'Niet gevonden',
    id ? `${what} ${id} bestaat niet.` : `${what} bestaat niet.`,
  );

export const conflict = (code: string, detail: string, extra: ApiError['extra'] = {}): ApiError =>
  new ApiError(409, code, 'Conflict', detail, extra);

export const notAcceptable = (detail: string): ApiError =>
  new ApiError(406, 'not_acceptable', 'Niet aanvaardbaar', detail);

export const tooManyRequests = (detail: string): ApiError =>
  new ApiError(429, 'too_many_requests', 'Te veel verzoeken', detail);

export const PROBLEM_TYPE_BASE = 'https://motiemonitor.nl/problemen/';

export function toProblem(error: ApiError, instance?: string): ProblemBody {
  return {
    type: `${PROBLEM_TYPE_BASE}${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    ...(instance ? { instance } : {}),
    code: error.code,
    invalidParams: error.extra.invalidParams ?? [],
    ...(error.extra.huidigeStatus !== undefined ? { huidigeStatus: error.extra.huidigeStatus } : {}),
    ...(error.extra.toegestaneStatussen !== undefined
      ? { toegestaneStatussen: error.extra.toegestaneStatussen }
      : {}),
    ...(error.extra.vergaderdatum !== undefined ? { vergaderdatum: error.extra.vergaderdatum } : {}),
    ...(error.extra.betreft !== undefined ? { betreft: error.extra.betreft } : {}),
  };
}
