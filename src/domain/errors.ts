import { AppError } from './app-error.js';

/** Stable codes: the API maps them to HTTP statuses in one place; clients may rely on them. */
export type DomainErrorCode =
  | 'illegal_transition'
  | 'invalid_vote'
  | 'invalid_alternatives'
  | 'invalid_choice'
  | 'quorum_not_met'
  | 'duplicate_ballot'
  | 'vote_not_open'
  | 'invalid_voting_rule'
  | 'missing_weight_basis'
  | 'meeting_required'
  | 'round_not_open'
  | 'round_not_approved'
  | 'round_decided'
  | 'round_incomplete'
  | 'entry_not_in_round'
  | 'entry_already_decided'
  | 'duplicate_decision'
  | 'decision_required'
  | 'condition_required'
  | 'version_immutable'
  | 'invalid_date'
  | 'meeting_not_held'
  | 'round_order'
  | 'conditional_undecided'
  | 'invalid_membership';

export type DomainErrorOptions = {
  /** For illegal_transition: the current status. */
  current?: string;
  /** For illegal_transition: the statuses that are allowed from `current`. */
  allowed?: readonly string[];
  details?: Record<string, unknown>;
};

export class DomainError extends AppError {
  readonly code: DomainErrorCode;
  readonly current: string | undefined;
  readonly allowed: readonly string[] | undefined;
  readonly details: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.current = options.current;
    this.allowed = options.allowed;
    this.details = options.details ?? {};
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function illegalTransition(options: {
  entity: string;
  current: string;
  to: string;
  allowed: readonly string[];
}): DomainError {
  const allowed = options.allowed.length > 0 ? options.allowed.join(', ') : 'none';
  return new DomainError(
    'illegal_transition',
    `${options.entity} cannot go from '${options.current}' to '${options.to}' (allowed: ${allowed})`,
    {
      current: options.current,
      allowed: options.allowed,
      details: { entity: options.entity, to: options.to },
    },
  );
}
