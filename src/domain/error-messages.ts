import type { DomainError, DomainErrorCode } from './errors.js';
import { ENTITY_TERMS } from './vocabulary/entities.js';

/**
 * The Dutch wording of every domain error code, the one text the API (problem+json `detail`) and the portal
 * (the message above or next to a form field) show; `param` is the input field at fault (its Dutch API name).
 */
export const DOMAIN_ERROR_MESSAGES: Readonly<Record<DomainErrorCode, { message: string; param?: string }>> = {
  illegal_transition: { message: 'Deze statusovergang is niet toegestaan.' },
  invalid_vote: { message: 'De stemuitslag is ongeldig.' },
  invalid_alternatives: {
    message:
      'Geef ten minste twee verschillende keuzes (elk hoogstens 200 tekens, hoogstens negen voorstellen).',
    param: 'alternatieven',
  },
  invalid_choice: { message: 'Deze keuze staat niet op het stembiljet.', param: 'keuze' },
  invalid_membership: { message: 'Deze wijziging van het fractielidmaatschap is niet mogelijk.' },
  quorum_not_met: { message: 'Er is onvoldoende stemgewicht aanwezig (quorum).' },
  duplicate_ballot: { message: 'Dit lid heeft al gestemd.' },
  vote_not_open: { message: 'De stemming is niet geopend.' },
  invalid_voting_rule: { message: 'De stemverhouding is ongeldig.' },
  missing_weight_basis: { message: 'Het stemgewicht van een lid kan niet worden berekend.' },
  meeting_required: {
    message: 'Een motie kan alleen in een vergadering worden aangenomen: geef de vergadering op.',
    param: 'vergadering',
  },
  round_not_open: { message: 'De verantwoordingsronde is niet meer open.' },
  round_not_approved: {
    message: 'De vergadering besluit pas nadat het bestuur de verantwoordingsronde heeft goedgekeurd.',
  },
  round_decided: {
    message:
      'De vergadering heeft al over elke motie in deze verantwoordingsronde besloten; een besluit wordt niet overgedaan.',
  },
  round_incomplete: { message: 'Niet elke verantwoording heeft een tekst en een voorstel.' },
  entry_not_in_round: { message: 'De verantwoording hoort niet bij deze ronde.', param: 'besluiten' },
  entry_already_decided: { message: 'Over deze verantwoording is al besloten.' },
  duplicate_decision: {
    message: 'Noem elke verantwoording hoogstens één keer: de vergadering neemt per motie één besluit.',
    param: 'besluiten',
  },
  decision_required: { message: 'Geef een besluit op.', param: 'besluit' },
  condition_required: {
    message: 'Een voorwaardelijk voorstel heeft een voorwaarde nodig.',
    param: 'voorwaarde',
  },
  version_immutable: { message: 'Een gepubliceerde of vastgestelde versie kan niet meer worden gewijzigd.' },
  invalid_date: { message: 'Ongeldige datum.' },
  meeting_not_held: {
    message:
      'De vergadering heeft nog niet plaatsgevonden: een besluit, stemuitslag of aanneming wordt pas vanaf die dag vastgelegd.',
  },
  round_order: { message: 'Rondes worden in de volgorde van de vergaderingen besloten.' },
  conditional_undecided: {
    message: 'Een voorwaardelijk voorstel vraagt een eigen besluit (aangehouden of afgedaan).',
  },
};

const MONTHS =
  'januari februari maart april mei juni juli augustus september oktober november december'.split(' ');

/** "2025-06-18" → "18 juni 2025", for the messages below. */
const dutchDate = (iso: unknown): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso ?? ''));
  return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : String(iso ?? '');
};

type Pending = { roundId: string; meetingTitle: string; meetingDate: string };
type Conditional = { entryId: string; motionTitle: string; condition: string | null };

/** Messages that name what the refusal is about: the meeting's date, the pending round, the conditional motions. */
function detailedMessage(error: DomainError): string | null {
  if (error.code === 'meeting_not_held')
    return `${String(error.details.meetingTitle ?? 'De vergadering')} van ${dutchDate(error.details.meetingDate)} heeft nog niet plaatsgevonden: een besluit, stemuitslag of aanneming wordt pas vanaf die dag vastgelegd.`;
  if (error.code === 'round_order') {
    const pending = (error.details.pending ?? []) as Pending[];
    const names = pending.map((p) => `${p.meetingTitle} (${dutchDate(p.meetingDate)})`).join(', ');
    return `Rondes worden in de volgorde van de vergaderingen besloten: eerst de ronde van ${names}.`;
  }
  if (error.code === 'conditional_undecided') {
    const entries = (error.details.entries ?? []) as Conditional[];
    const names = entries.map((e) => `“${e.motionTitle}”`).join(', ');
    return entries.length === 1
      ? `Niet alle voorstellen kunnen in één keer worden gevolgd: het voorwaardelijke voorstel bij ${names} vraagt een eigen besluit (aangehouden of afgedaan).`
      : `Niet alle voorstellen kunnen in één keer worden gevolgd: de ${entries.length} voorwaardelijke voorstellen bij ${names} vragen elk een eigen besluit (aangehouden of afgedaan).`;
  }
  return null;
}

/** The records a refusal is about, for clients that show or fix them. */
export function domainErrorConcerns(error: DomainError): { id: string; description: string }[] | undefined {
  if (error.code === 'conditional_undecided')
    return ((error.details.entries ?? []) as Conditional[]).map((e) => ({
      id: e.entryId,
      description: e.condition ? `${e.motionTitle} (${e.condition})` : e.motionTitle,
    }));
  if (error.code === 'round_order')
    return ((error.details.pending ?? []) as Pending[]).map((p) => ({
      id: p.roundId,
      description: `${p.meetingTitle} (${dutchDate(p.meetingDate)})`,
    }));
  return undefined;
}

/** How a status code reads for the reader: the API passes its API word, the portal its label. */
export type StatusWording = (entity: string, status: string) => string;

/** The statuses of an illegal transition in the reader's words. */
export function transitionWords(
  error: DomainError,
  statusWord: StatusWording,
): { entity: string; current?: string; to?: string; allowed: string[] } {
  const entity = typeof error.details.entity === 'string' ? error.details.entity : '';
  const word = (status: string) => statusWord(entity, status);
  return {
    entity,
    current: error.current === undefined ? undefined : word(error.current),
    to: typeof error.details.to === 'string' ? word(error.details.to) : undefined,
    allowed: (error.allowed ?? []).map(word),
  };
}

/** The Dutch message of a domain error; an illegal transition names the current and the allowed statuses. */
export function domainErrorMessage(error: DomainError, statusWord: StatusWording): string {
  if (error.code !== 'illegal_transition')
    return detailedMessage(error) ?? DOMAIN_ERROR_MESSAGES[error.code]?.message ?? error.message;
  const { entity, current, to, allowed } = transitionWords(error, statusWord);
  return (
    `${ENTITY_TERMS[entity]?.name ?? 'Het record'} heeft status '${current ?? 'onbekend'}'` +
    (to ? ` en kan niet naar '${to}'` : '') +
    (allowed.length > 0 ? `; toegestaan: ${allowed.join(', ')}.` : '; er zijn geen vervolgstappen meer.')
  );
}
