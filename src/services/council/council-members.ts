import { factionOf, factionsOn } from '../../domain/council.js';
import type { CouncilRole } from '../../domain/types.js';
import { capitalise } from '../../domain/vocabulary/capitalise.js';
import {
  type CouncilPersonRecord,
  changeFactionMembership,
  createCouncilPerson,
  createFaction,
  type FactionMembershipRecord,
  type FactionRecord,
  listCouncilPeople,
  listFactions,
  listMemberships,
} from '../../store/repositories/council.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid } from '../errors.js';
import type { UseCase } from '../types.js';

/**
 * The griffie enters a council's factions, people and faction changes (ADR 009): each write one transaction,
 * audited by the repository; bad input is refused in Dutch before anything is written. Dates from the records.
 */
export const COUNCIL_ROLES: readonly CouncilRole[] = ['member', 'alderman', 'mayor'];
export const ROLE_WORDS: Record<CouncilRole, string> = {
  member: 'raadslid',
  alderman: 'wethouder',
  mayor: 'burgemeester',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function checkDate(value: string, param: string, label: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw invalid(param, 'invalid_date', `Vul ${label} in als een geldige datum, bijvoorbeeld 2026-03-30.`);
  return value;
}

function checkText(value: string, param: string, label: string, max: number): string {
  const text = value.trim();
  if (!text) throw invalid(param, 'required', `Vul ${label} in.`);
  if (text.length > max)
    throw invalid(param, 'too_long', `${capitalise(label)} is te lang: hoogstens ${max} tekens.`);
  return text;
}

/** A faction of the term starting on `termStart`; its seats follow its members (the stored number starts at 0). */
export async function addFaction(
  options: UseCase & { name: string; shortName: string; termStart: string },
): Promise<FactionRecord> {
  const name = checkText(options.name, 'naam', 'de naam van de fractie', 200);
  const shortName = checkText(options.shortName, 'afkorting', 'de afkorting', 40);
  const termStart = checkDate(
    options.termStart.trim(),
    'zittingsperiode',
    'de begindatum van de zittingsperiode',
  );
  return inTransaction(options.db, async (trx) => {
    const factions = await listFactions(trx, options.writer.organisationId);
    const same = factions.find(
      (f) => f.termStart === termStart && f.shortName.toLowerCase() === shortName.toLowerCase(),
    );
    if (same)
      throw invalid(
        'afkorting',
        'duplicate',
        `Er is al een fractie ${same.shortName} in deze zittingsperiode.`,
      );
    return createFaction(trx, options.writer, { name, shortName, termStart, seats: 0 });
  });
}

async function factionOn(trx: UseCase['db'], org: string, factionId: string, date: string, param: string) {
  const faction = factionsOn(await listFactions(trx, org), date).find((f) => f.id === factionId);
  if (!faction) throw invalid(param, 'unknown_faction', `Kies een fractie die op ${date} in de raad zit.`);
  return faction;
}

/** A member (with a faction, or alone), an alderman (optionally of a faction) or the mayor (no faction). */
export async function addCouncilPerson(
  options: UseCase & { name: string; role: string; factionId: string | null; fromDate: string },
): Promise<CouncilPersonRecord> {
  const name = checkText(options.name, 'naam', 'de naam', 200);
  const role = COUNCIL_ROLES.find((r) => r === options.role);
  if (!role) throw invalid('rol', 'invalid_role', 'Kies raadslid, wethouder of burgemeester.');
  const fromDate = checkDate(options.fromDate.trim(), 'vanaf', 'de datum vanaf');
  const factionId = options.factionId || null;
  if (role === 'mayor' && factionId)
    throw invalid('fractie', 'mayor_faction', 'De burgemeester hoort niet bij een fractie.');
  return inTransaction(options.db, async (trx) => {
    const org = options.writer.organisationId;
    if (factionId) await factionOn(trx, org, factionId, fromDate, 'fractie');
    return createCouncilPerson(trx, options.writer, { name, role, fromDate, factionId });
  });
}

/**
 * A member leaves their faction on a date, joining another (`toFactionId`) or sitting alone (null); the ended
 * membership stays as history with its reason.
 */
export async function recordFactionChange(
  options: UseCase & { personId: string; on: string; toFactionId: string | null; reason: string },
): Promise<FactionMembershipRecord[]> {
  const on = checkDate(options.on.trim(), 'datum', 'de datum van de wissel');
  const reason = options.reason.trim();
  if (reason.length > 500) throw invalid('reden', 'too_long', 'De reden is te lang: hoogstens 500 tekens.');
  return inTransaction(options.db, async (trx) => {
    const org = options.writer.organisationId;
    const person = (await listCouncilPeople(trx, org)).find((p) => p.id === options.personId);
    if (!person) throw invalid('persoon', 'unknown_person', 'Kies het raadslid dat van fractie wisselt.');
    const current = factionOf(await listMemberships(trx, org), person.id, on);
    if (!current) throw invalid('persoon', 'no_faction', `${person.name} zit op ${on} niet in een fractie.`);
    const to = options.toFactionId || null;
    if (to === current)
      throw invalid('naarFractie', 'same_faction', `${person.name} zit op ${on} al in deze fractie.`);
    if (to) await factionOn(trx, org, to, on, 'naarFractie');
    return changeFactionMembership(trx, options.writer, {
      personId: person.id,
      on,
      toFactionId: to,
      reason: reason || (to ? 'Overgestapt naar een andere fractie' : 'Uit de fractie gestapt'),
    });
  });
}
