import type { DomainError, DomainErrorCode } from '../../domain/index.js';
import { ENTITY_TERMS } from '../../domain/vocabulary/index.js';
import { ApiError } from './problem.js';

/** HTTP status and Dutch wording per domain error code: the one place where the domain meets HTTP. */
const DOMAIN_ERRORS: Record<DomainErrorCode, { status: number; detail: string; param?: string }> = {
  illegal_transition: { status: 409, detail: 'Deze statusovergang is niet toegestaan.' },
  invalid_vote: { status: 400, detail: 'De stemuitslag is ongeldig.' },
  quorum_not_met: { status: 409, detail: 'Er is onvoldoende stemgewicht aanwezig (quorum).' },
  duplicate_ballot: { status: 409, detail: 'Dit lid heeft al gestemd.' },
  vote_not_open: { status: 409, detail: 'De stemming is niet geopend.' },
  invalid_voting_rule: { status: 400, detail: 'De stemverhouding is ongeldig.' },
  missing_weight_basis: { status: 409, detail: 'Het stemgewicht van een lid kan niet worden berekend.' },
  meeting_required: {
    status: 400,
    detail: 'Een motie kan alleen in een vergadering worden aangenomen: geef de vergadering op.',
    param: 'vergadering',
  },
  round_not_open: { status: 409, detail: 'De verantwoordingsronde is niet meer open.' },
  round_not_approved: {
    status: 409,
    detail: 'De vergadering besluit pas nadat het bestuur de verantwoordingsronde heeft goedgekeurd.',
  },
  round_incomplete: {
    status: 409,
    detail: 'Niet elke verantwoording heeft een tekst en een voorstel.',
  },
  entry_not_in_round: {
    status: 400,
    detail: 'De verantwoording hoort niet bij deze ronde.',
    param: 'besluiten',
  },
  entry_already_decided: { status: 409, detail: 'Over deze verantwoording is al besloten.' },
  decision_required: { status: 400, detail: 'Geef een besluit op.', param: 'besluit' },
  condition_required: {
    status: 400,
    detail: 'Een voorwaardelijk voorstel heeft een voorwaarde nodig.',
    param: 'voorwaarde',
  },
  version_immutable: {
    status: 409,
    detail: 'Een gepubliceerde of vastgestelde versie kan niet meer worden gewijzigd.',
  },
  invalid_date: { status: 400, detail: 'Ongeldige datum.' },
};

export function fromDomainError(error: DomainError): ApiError {
  const spec = DOMAIN_ERRORS[error.code] ?? { status: 409, detail: error.message };
  if (error.code === 'illegal_transition') return illegalTransition(error);
  const invalidParams = spec.param
    ? [{ name: spec.param, code: error.code, reason: spec.detail }]
    : spec.status === 400
      ? [{ name: 'body', code: error.code, reason: spec.detail }]
      : [];
  const title = spec.status === 400 ? 'Ongeldige invoer' : 'Conflict';
  return new ApiError(spec.status, error.code, title, spec.detail, { invalidParams });
}

function illegalTransition(error: DomainError): ApiError {
  const entity = typeof error.details.entity === 'string' ? error.details.entity : '';
  const vocabulary = ENTITY_TERMS[entity];
  const translate = (value: string) => vocabulary?.status.toApi(value) ?? value;
  const current = error.current === undefined ? undefined : translate(error.current);
  const allowed = (error.allowed ?? []).map(translate);
  const to = typeof error.details.to === 'string' ? translate(error.details.to) : undefined;
  const name = vocabulary?.name ?? 'Het record';
  const detail =
    `${name} heeft status '${current ?? 'onbekend'}'` +
    (to ? ` en kan niet naar '${to}'` : '') +
    (allowed.length > 0 ? `; toegestaan: ${allowed.join(', ')}.` : '; er zijn geen vervolgstappen meer.');
  return new ApiError(409, 'illegal_transition', 'Statusovergang niet toegestaan', detail, {
    ...(current !== undefined ? { huidigeStatus: current } : {}),
    toegestaneStatussen: allowed,
  });
}
