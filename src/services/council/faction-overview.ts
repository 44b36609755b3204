import { factionsOn, isCurrentOn } from '../../domain/council.js';
import type { Db, Executor } from '../../store/database.js';
import {
  type CouncilPersonRecord,
  type FactionMembershipRecord,
  type FactionRecord,
  latestMeetingDate,
  listCouncilPeople,
  listFactions,
  listMemberships,
} from '../../store/repositories/council.js';

/** One change in a faction's composition during the term: a member joining after the start, or leaving. */
export type FactionChange = {
  date: string;
  personName: string;
  kind: 'joined' | 'left';
  /** For "left": the reason kept with the membership; for "joined": the faction the member came from. */
  note: string | null;
};
export type FactionMember = { person: CouncilPersonRecord; fromDate: string; untilDate: string | null };
export type FactionView = {
  faction: FactionRecord;
  /** Seats on the reference date: its members that day (a seat belongs to the member). */
  seatsNow: number;
  members: FactionMember[];
  formerMembers: FactionMember[];
  changes: FactionChange[];
  splitFrom: FactionRecord | null;
  splitOff: FactionRecord[];
};
export type FactionOverview = {
  /** The records' date the page describes: the latest meeting of the term (never the clock). */
  referenceDate: string;
  termStart: string | null;
  termEnd: string | null;
  factions: FactionView[];
  totalSeats: number;
  mayor: CouncilPersonRecord[];
  aldermen: CouncilPersonRecord[];
  independents: CouncilPersonRecord[];
};

/**
 * A council's factions of the current term (the term of its latest meeting), their members and the changes
 * mid-term (a member leaving, a split) from the memberships' history.
 */
export async function loadFactionOverview(
  db: Db | Executor,
  organisationId: string,
): Promise<FactionOverview> {
  const [factions, allMemberships, people, latest] = await Promise.all([
    listFactions(db, organisationId),
    listMemberships(db, organisationId),
    listCouncilPeople(db, organisationId),
    latestMeetingDate(db, organisationId),
  ]);
  const lastTermStart = factions.reduce<string | null>(
    (max, f) => (max === null || f.termStart > max ? f.termStart : max),
    null,
  );
  const referenceDate = latest ?? lastTermStart ?? '';
  let term = factionsOn(factions, referenceDate);
  if (term.length === 0 && lastTermStart) term = factions.filter((f) => f.termStart === lastTermStart);
  const termStart = term.reduce<string | null>(
    (min, f) => (min === null || f.termStart < min ? f.termStart : min),
    null,
  );
  const termEnd = term.find((f) => f.termEnd !== null)?.termEnd ?? null;
  const byId = new Map(people.map((p) => [p.id, p]));
  // A seat is a council member's: an alderman entered with his party's faction holds none (as in the console).
  const memberships = allMemberships.filter((m) => byId.get(m.personId)?.role === 'member');
  const factionById = new Map(factions.map((f) => [f.id, f]));
  const views = term.map((faction) =>
    factionView(faction, term, memberships, byId, factionById, referenceDate, termStart ?? faction.termStart),
  );
  views.sort((a, b) => b.seatsNow - a.seatsNow || a.faction.name.localeCompare(b.faction.name, 'nl'));
  const inFaction = new Set(memberships.filter((m) => isCurrentOn(m, referenceDate)).map((m) => m.personId));
  const current = (p: CouncilPersonRecord) => isCurrentOn(p, referenceDate);
  return {
    referenceDate,
    termStart,
    termEnd,
    factions: views,
    totalSeats: views.reduce((sum, v) => sum + v.seatsNow, 0),
    mayor: people.filter((p) => p.role === 'mayor' && current(p)),
    aldermen: people.filter((p) => p.role === 'alderman' && current(p)),
    independents: people.filter(
      (p) =>
        p.role === 'member' &&
        current(p) &&
        !inFaction.has(p.id) &&
        memberships.some((m) => m.personId === p.id && termStart !== null && m.fromDate >= termStart),
    ),
  };
}

function factionView(
  faction: FactionRecord,
  term: FactionRecord[],
  memberships: FactionMembershipRecord[],
  people: Map<string, CouncilPersonRecord>,
  factions: Map<string, FactionRecord>,
  date: string,
  termStart: string,
): FactionView {
  const own = memberships.filter((m) => m.factionId === faction.id);
  const toMember = (m: FactionMembershipRecord): FactionMember | null => {
    const person = people.get(m.personId);
    return person ? { person, fromDate: m.fromDate, untilDate: m.untilDate } : null;
  };
  const members = own
    .filter((m) => isCurrentOn(m, date))
    .map(toMember)
    .filter((m) => m !== null);
  const formerMembers = own
    .filter((m) => m.untilDate !== null && m.untilDate <= date)
    .map(toMember)
    .filter((m) => m !== null);
  const changes: FactionChange[] = [];
  for (const m of own) {
    const name = people.get(m.personId)?.name ?? 'onbekend';
    if (m.fromDate > termStart) {
      const before = memberships.find((o) => o.personId === m.personId && o.untilDate === m.fromDate);
      changes.push({
        date: m.fromDate,
        personName: name,
        kind: 'joined',
        note: before ? (factions.get(before.factionId)?.name ?? null) : null,
      });
    }
    if (m.untilDate !== null && m.untilDate <= date)
      changes.push({ date: m.untilDate, personName: name, kind: 'left', note: m.endReason });
  }
  changes.sort((a, b) => a.date.localeCompare(b.date) || a.personName.localeCompare(b.personName, 'nl'));
  return {
    faction,
    seatsNow: members.length,
    members: members.sort((a, b) => a.person.name.localeCompare(b.person.name, 'nl')),
    formerMembers,
    changes,
    splitFrom: faction.splitFromId ? (factions.get(faction.splitFromId) ?? null) : null,
    splitOff: term.filter((f) => f.splitFromId === faction.id),
  };
}
