import {
  DOMAIN_ERROR_MESSAGES,
  type DomainError,
  type DomainErrorCode,
  domainErrorConcerns,
  domainErrorMessage,
  transitionWords,
} from '../../domain/index.js';
import { ENTITY_TERMS } from '../../domain/vocabulary/index.js';
import { ApiError } from './problem.js';

/** HTTP status per domain error code: the one place where the domain meets HTTP (the wording is the domain's). */
const STATUS: Record<DomainErrorCode, 400 | 409> = {
  illegal_transition: 409,
  invalid_vote: 400,
  invalid_alternatives: 400,
  invalid_choice: 400,
  quorum_not_met: 409,
  duplicate_ballot: 409,
  vote_not_open: 409,
  invalid_voting_rule: 400,
  missing_weight_basis: 409,
  meeting_required: 400,
  round_not_open: 409,
  round_not_approved: 409,
  round_decided: 409,
  round_incomplete: 409,
  entry_not_in_round: 400,
  entry_already_decided: 409,
  duplicate_decision: 400,
  decision_required: 400,
  condition_required: 400,
  version_immutable: 409,
  invalid_date: 400,
  meeting_not_held: 409,
  round_order: 409,
  conditional_undecided: 409,
  invalid_membership: 409,
};

/** A status in the API's words. */
const apiStatus = (entity: string, status: string): string =>
  ENTITY_TERMS[entity]?.status.toApi(status) ?? status;

export function fromDomainError(error: DomainError): ApiError {
  const status = STATUS[error.code] ?? 409;
  const detail = domainErrorMessage(error, apiStatus);
  if (error.code === 'illegal_transition') {
    const { current, allowed } = transitionWords(error, apiStatus);
    return new ApiError(409, 'illegal_transition', 'Statusovergang niet toegestaan', detail, {
      ...(current !== undefined ? { huidigeStatus: current } : {}),
      toegestaneStatussen: allowed,
    });
  }
  const param = DOMAIN_ERROR_MESSAGES[error.code]?.param;
  const invalidParams = param
    ? [{ name: param, code: error.code, reason: detail }]
    : status === 400
      ? [{ name: 'body', code: error.code, reason: detail }]
      : [];
  const title = status === 400 ? 'Ongeldige invoer' : 'Conflict';
  const meetingDate = error.code === 'meeting_not_held' ? String(error.details.meetingDate) : undefined;
  const betreft = domainErrorConcerns(error)?.map((c) => ({ id: c.id, omschrijving: c.description }));
  return new ApiError(status, error.code, title, detail, {
    invalidParams,
    ...(meetingDate ? { vergaderdatum: meetingDate } : {}),
    ...(betreft ? { betreft } : {}),
  });
}
