import type { DomainError, DomainErrorCode } from '../../domain/index.js';
import { formatDutchDate } from '../../report/dutch-format.js';
import { ENTITY_VOCABULARY } from '../http/vocabulary.js';
import { ApiError } from './problem.js';

/** HTTP status and Dutch wording per domain error code: the one place where the domain meets HTTP. */
type Spec = { status: number; detail: string | ((error: DomainError) => string); param?: string };

type Pending = { roundId: string; meetingTitle: string; meetingDate: string };
type Conditional = { entryId: string; motionTitle: string; condition: string | null };

const meetingOf = (error: DomainError) =>
  `${String(error.details.meetingTitle ?? 'De vergadering')} van ${formatDutchDate(String(error.details.meetingDate ?? ''))}`;

const DOMAIN_ERRORS: Record<DomainErrorCode, Spec> = {
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
  meeting_not_held: {
    status: 409,
    detail: (error) =>
      `${meetingOf(error)} heeft nog niet plaatsgevonden: een besluit, stemuitslag of aanneming wordt pas vanaf die dag vastgelegd.`,
  },
  round_order: {
    status: 409,
    detail: (error) => {
      const pending = (error.details.pending ?? []) as Pending[];
      const names = pending.map((p) => `${p.meetingTitle} (${formatDutchDate(p.meetingDate)})`).join(', ');
      return `Rondes worden in de volgorde van de vergaderingen besloten: eerst de ronde van ${names}.`;
    },
  },
  conditional_undecided: {
    status: 409,
    detail: (error) => {
      const entries = (error.details.entries ?? []) as Conditional[];
      const names = entries.map((e) => `“${e.motionTitle}”`).join(', ');
      return `Niet alle voorstellen kunnen in één keer worden gevolgd: ${entries.length === 1 ? 'het voorwaardelijke voorstel' : `de ${entries.length} voorwaardelijke voorstellen`} bij ${names} ${entries.length === 1 ? 'vraagt' : 'vragen'} elk een eigen besluit (aangehouden of afgedaan).`;
    },
  },
};

/** The records a refusal is about, for clients that show or fix them. */
function concerns(error: DomainError): { id: string; omschrijving: string }[] | undefined {
  if (error.code === 'conditional_undecided')
    return ((error.details.entries ?? []) as Conditional[]).map((e) => ({
      id: e.entryId,
      omschrijving: e.condition ? `${e.motionTitle} (${e.condition})` : e.motionTitle,
    }));
  if (error.code === 'round_order')
    return ((error.details.pending ?? []) as Pending[]).map((p) => ({
      id: p.roundId,
      omschrijving: `${p.meetingTitle} (${formatDutchDate(p.meetingDate)})`,
    }));
  return undefined;
}

/** The Dutch wording of a domain refusal, for the API and the portal alike. */
export function describeDomainError(error: DomainError): string {
  const spec = DOMAIN_ERRORS[error.code];
  if (!spec) return error.message;
  return typeof spec.detail === 'function' ? spec.detail(error) : spec.detail;
}

export function fromDomainError(error: DomainError): ApiError {
  const spec = DOMAIN_ERRORS[error.code] ?? { status: 409, detail: error.message };
  if (error.code === 'illegal_transition') return illegalTransition(error);
  const detail = describeDomainError(error);
  const invalidParams = spec.param
    ? [{ name: spec.param, code: error.code, reason: detail }]
    : spec.status === 400
      ? [{ name: 'body', code: error.code, reason: detail }]
      : [];
  const title = spec.status === 400 ? 'Ongeldige invoer' : 'Conflict';
  const meetingDate = error.code === 'meeting_not_held' ? String(error.details.meetingDate) : undefined;
  const betreft = concerns(error);
  return new ApiError(spec.status, error.code, title, detail, {
    invalidParams,
    ...(meetingDate ? { vergaderdatum: meetingDate } : {}),
    ...(betreft ? { betreft } : {}),
  });
}

function illegalTransition(error: DomainError): ApiError {
  const entity = typeof error.details.entity === 'string' ? error.details.entity : '';
  const vocabulary = ENTITY_VOCABULARY[entity];
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
