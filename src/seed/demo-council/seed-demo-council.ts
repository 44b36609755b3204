import { localToUtc } from '../../domain/dates.js';
import type { AgreementStatus, MotionStatus } from '../../domain/types.js';
import { formatDutchDate } from '../../domain/vocabulary/dutch-dates.js';
import {
  decideCommitmentRound,
  openCommitmentRound,
  proposeOnCommitment,
} from '../../services/council/commitment-round.js';
import { createOrganisationOfKind } from '../../services/organisations/create-organisation.js';
import { appendAuditEvent, type WriteContext } from '../../store/audit.js';
import type { Db, Executor } from '../../store/database.js';
import { createAgreement } from '../../store/repositories/agreements.js';
import { hasAuditAction } from '../../store/repositories/audit-events.js';
import { listCommitmentEntries } from '../../store/repositories/commitment-rounds.js';
import {
  changeFactionMembership,
  createCouncilPerson,
  createFaction,
} from '../../store/repositories/council.js';
import { addAgendaItem, createMeeting, type MeetingRecord } from '../../store/repositories/meetings.js';
import { createMotion, recordMotionTransition } from '../../store/repositories/motions.js';
import { findOrganisationBySlug, type OrganisationRecord } from '../../store/repositories/organisations.js';
import { inTransaction } from '../../store/transaction.js';
import { addDays, createRng, type Rng } from '../demo/prng.js';
import { LAST_NAMES, MORE_LAST_NAMES } from '../demo/texts.js';
import {
  ALDERMEN,
  COALITION,
  COMMITMENT_THEMES,
  COUNCIL,
  FACTIONS,
  INITIALS,
  MAYOR,
  MOTION_THEMES,
  TERM_END,
  TERM_START,
} from './council-texts.js';

/** A motion's topic follows the portfolio it touches. */
const TOPICS = ['Financiën en economie', 'Wonen en mobiliteit', 'Zorg en welzijn', 'Klimaat en onderwijs'];

export const DEMO_COUNCIL_SEED = 20220330;
const MARKER = 'demo.council-seeded';
const ACTOR = { id: null, label: 'demo-gegevens' };

export type DemoCouncilResult = {
  seeded: boolean;
  slug: string;
  meetings: number;
  motions: number;
  commitments: number;
};

/** The council meetings of the term: the installation, then one a month on the second Thursday (not in August). */
export function councilMeetingDates(): string[] {
  const dates = [TERM_START];
  for (let year = 2022; year <= 2026; year++)
    for (let month = 1; month <= 12; month++) {
      if (month === 8) continue;
      const first = new Date(Date.UTC(year, month - 1, 1));
      const day = 1 + ((4 - first.getUTCDay() + 7) % 7) + 7;
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (date > TERM_START && date < TERM_END) dates.push(date);
    }
  return dates;
}

/**
 * The demo's second organisation: a fictional municipal council (39 seats in 9 factions, a mayor, four aldermen)
 * with the council meetings, motions and commitments of the term 2022–2026, written through the repositories
 * from a fixed seed. Creates the organisation when missing; does nothing when its demo data is there.
 */
export async function seedDemoCouncil(db: Db): Promise<DemoCouncilResult> {
  const organisation =
    (await findOrganisationBySlug(db, COUNCIL.slug)) ??
    (await createOrganisationOfKind(db, { ...COUNCIL, actor: ACTOR }));
  return inTransaction(db, async (trx) => {
    const none = { seeded: false, slug: COUNCIL.slug, meetings: 0, motions: 0, commitments: 0 };
    if (await hasAuditAction(trx, organisation.id, MARKER)) return none;
    const result = await seedCouncilWorld(trx, organisation);
    await appendAuditEvent(
      trx,
      { organisationId: organisation.id, actor: ACTOR },
      {
        action: MARKER,
        entityKind: 'organisation',
        entityId: organisation.id,
        newValues: { seed: DEMO_COUNCIL_SEED, ...result },
      },
    );
    return { seeded: true, slug: COUNCIL.slug, ...result };
  });
}

async function seedCouncilWorld(trx: Executor, organisation: OrganisationRecord) {
  const ctx: WriteContext = { organisationId: organisation.id, actor: ACTOR };
  const rng = createRng(DEMO_COUNCIL_SEED);
  const members = await seedPeople(trx, ctx, rng);
  await seedChanges(trx, ctx, members);
  const meetings = await seedMeetings(trx, ctx);
  const motions = await seedMotions(trx, ctx, rng, meetings, members);
  const commitments = await seedCommitments(trx, ctx, rng, meetings);
  await seedCommitmentRound(trx, ctx, meetings.at(-4)!.record);
  return { meetings: meetings.length, motions, commitments };
}

type Member = { id: string; name: string; faction: (typeof FACTIONS)[number]; factionId: string };

async function seedPeople(trx: Executor, ctx: WriteContext, rng: Rng): Promise<Member[]> {
  const surnames = rng.sample([...LAST_NAMES, ...MORE_LAST_NAMES], 39);
  const members: Member[] = [];
  for (const faction of FACTIONS) {
    const record = await createFaction(trx, ctx, {
      name: faction.name,
      shortName: faction.shortName,
      termStart: TERM_START,
      termEnd: TERM_END,
      seats: faction.seats,
    });
    for (let seat = 0; seat < faction.seats; seat++) {
      const name = `${rng.pick(INITIALS)} ${surnames[members.length]}`;
      const person = await createCouncilPerson(trx, ctx, {
        name,
        role: 'member',
        fromDate: TERM_START,
        factionId: record.id,
      });
      members.push({ id: person.id, name, faction, factionId: record.id });
    }
  }
  await createCouncilPerson(trx, ctx, {
    name: MAYOR.name,
    role: 'mayor',
    portfolio: MAYOR.portfolio,
    fromDate: TERM_START,
  });
  // Aldermen are not members of the council (dualism): no faction membership, so no seat.
  for (const alderman of ALDERMEN)
    await createCouncilPerson(trx, ctx, {
      name: alderman.name,
      role: 'alderman',
      portfolio: alderman.portfolio,
      fromDate: addDays(TERM_START, 14),
    });
  return members;
}

/**
 * The changes of the term, kept with history: two members of Rivierstads Belang split off as Rivierstad
 * Vooruit (September 2024), and a PvdA member leaves the faction to sit alone (March 2025).
 */
async function seedChanges(trx: Executor, ctx: WriteContext, members: Member[]): Promise<void> {
  const rb = members.filter((m) => m.faction.shortName === 'RB');
  const split = await createFaction(trx, ctx, {
    name: SPLIT.name,
    shortName: SPLIT.shortName,
    termStart: SPLIT.on,
    termEnd: TERM_END,
    seats: 2,
    splitFromId: rb[0]!.factionId,
  });
  for (const member of rb.slice(-2))
    await changeFactionMembership(trx, ctx, {
      personId: member.id,
      on: SPLIT.on,
      toFactionId: split.id,
      reason: `afgesplitst als ${SPLIT.name}`,
    });
  const leaving = members.filter((m) => m.faction.shortName === 'PvdA').at(-1)!;
  await changeFactionMembership(trx, ctx, {
    personId: leaving.id,
    on: '2025-03-13',
    toFactionId: null,
    reason: 'uit de fractie gestapt; gaat verder als onafhankelijk raadslid',
  });
}

const SPLIT = { name: 'Rivierstad Vooruit', shortName: 'RV', on: '2024-09-12' } as const;

type Meeting = { record: MeetingRecord; motionsItem: string };

async function seedMeetings(trx: Executor, ctx: WriteContext): Promise<Meeting[]> {
  const out: Meeting[] = [];
  for (const [index, date] of councilMeetingDates().entries()) {
    const record = await createMeeting(trx, ctx, {
      kind: 'council-meeting',
      title:
        index === 0
          ? `Installatie van de raad, ${formatDutchDate(date)}`
          : `Raadsvergadering ${formatDutchDate(date)}`,
      date,
      startTime: '19:30',
      endTime: '23:00',
      place: 'Rivierstad, raadzaal van het stadhuis',
      status: 'held',
    });
    const items: [string, 'information' | 'decision'][] =
      index === 0
        ? [
            ['Opening', 'information'],
            ['Onderzoek van de geloofsbrieven', 'decision'],
            ['Beëdiging van de raadsleden', 'decision'],
            ['Sluiting', 'information'],
          ]
        : [
            ['Opening en vaststelling van de agenda', 'information'],
            ['Vragenuur', 'information'],
            ['Raadsvoorstellen', 'decision'],
            ['Moties vreemd aan de orde van de dag', 'decision'],
            ['Sluiting', 'information'],
          ];
    let motionsItem = '';
    for (const [i, [title, purpose]] of items.entries()) {
      const item = await addAgendaItem(trx, ctx, {
        meetingId: record.id,
        number: String(i + 1),
        title,
        purpose,
      });
      if (title.startsWith('Moties')) motionsItem = item.id;
    }
    out.push({ record, motionsItem });
  }
  return out;
}

async function seedMotions(
  trx: Executor,
  ctx: WriteContext,
  rng: Rng,
  meetings: Meeting[],
  members: Member[],
): Promise<number> {
  const regular = meetings.slice(1);
  for (const [i, theme] of MOTION_THEMES.entries()) {
    const meeting = regular[Math.floor((i * regular.length) / MOTION_THEMES.length)]!;
    const date = meeting.record.date;
    const submitting = rng.sample(FACTIONS, rng.int(1, 3));
    const submitters = submitting.map((f) => {
      const member = rng.pick(members.filter((m) => m.faction === f));
      return { name: `${member.name} (${f.name})` };
    });
    // The submitters vote for, the coalition decides whether it carries.
    const coalitionFor = submitting.some((f) => COALITION.includes(f.shortName))
      ? rng.chance(0.85)
      : rng.chance(0.3);
    const supporting = FACTIONS.filter(
      (f) => submitting.includes(f) || (COALITION.includes(f.shortName) ? coalitionFor : rng.chance(0.5)),
    );
    const votesFor = supporting.reduce((sum, f) => sum + f.seats, 0);
    const roll = rng.next();
    // Aangehouden in a council is held back before the vote (postponed); a settled motion was adopted first.
    let outcome: 'adopted' | 'rejected' | 'postponed' | 'withdrawn' | 'settled' =
      votesFor > 19 ? 'adopted' : 'rejected';
    if (roll < 0.12) outcome = 'postponed';
    else if (roll < 0.16) outcome = 'withdrawn';
    else if (outcome === 'adopted' && date < '2024-01-01' && rng.chance(0.5)) outcome = 'settled';
    const motion = await createMotion(trx, ctx, {
      number: `M${date.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`,
      title: theme.title,
      topic: TOPICS[theme.alderman],
      call: theme.call,
      // The operative part is the call (shown as such); the body is what goes before it.
      body: `De raad van de gemeente Rivierstad, in vergadering bijeen op ${formatDutchDate(date)}, gehoord de beraadslaging,`,
      status: 'draft',
      meetingId: meeting.record.id,
      agendaItemId: meeting.motionsItem,
      submitters,
    });
    // Its course through the meeting, each step at the meeting's own time (Dutch local time), as the register
    // keeps it: submitted at the start, then withdrawn, held back or voted on before the meeting closes.
    const step = (from: MotionStatus, to: MotionStatus, on: Meeting, time: string, more = {}) =>
      recordMotionTransition(trx, ctx, {
        motionId: motion.id,
        from,
        to,
        at: localToUtc(on.record.date, time).toISOString(),
        meetingId: on.record.id,
        ...more,
      });
    await step('draft', 'submitted', meeting, '19:30');
    if (outcome === 'withdrawn' || outcome === 'postponed') {
      await step('submitted', outcome, meeting, '21:00', {
        reason:
          outcome === 'withdrawn'
            ? 'Ingetrokken door de indieners na de toezegging van het college'
            : 'Aangehouden op verzoek van de indieners; de stemming volgt later',
      });
      continue;
    }
    const adopted = votesFor > 19;
    await step('submitted', adopted ? 'adopted' : 'rejected', meeting, '22:30', {
      voteResult: `${adopted ? 'aangenomen' : 'verworpen'} met ${votesFor} stemmen voor en ${39 - votesFor} tegen (voor: ${supporting.map((f) => f.shortName).join(', ')})`,
      votePercentage: Math.round((votesFor * 1000) / 39) / 10,
    });
    if (outcome === 'settled') {
      // Carried out: the council settles it half a year on, when the college reports on it.
      const later = regular[Math.min(regular.indexOf(meeting) + 6, regular.length - 1)]!;
      await step('adopted', 'settled', later, '21:30', {
        reason: 'Afgedaan: het college heeft de motie uitgevoerd en de raad daarover geïnformeerd',
      });
    }
  }
  return MOTION_THEMES.length;
}

async function seedCommitments(
  trx: Executor,
  ctx: WriteContext,
  rng: Rng,
  meetings: Meeting[],
): Promise<number> {
  const regular = meetings.slice(1);
  for (const [i, theme] of COMMITMENT_THEMES.entries()) {
    const meeting = regular[Math.floor((i * regular.length) / COMMITMENT_THEMES.length)]!;
    const dueDate = addDays(meeting.record.date, 30 * rng.int(2, 6));
    const holder =
      theme.holder < 0
        ? `burgemeester ${MAYOR.name.replace(/^mr\. drs\. /, '')}`
        : ALDERMEN[theme.holder]!.name;
    // Older commitments were mostly fulfilled; the last ones of the term are still open (some overdue).
    const roll = rng.next();
    let status: AgreementStatus = 'open';
    if (dueDate < '2025-06-01')
      status =
        roll < 0.7 ? 'fulfilled' : roll < 0.85 ? 'partly-fulfilled' : roll < 0.93 ? 'open' : 'withdrawn';
    else if (dueDate < TERM_END) status = roll < 0.5 ? 'fulfilled' : 'open';
    const fulfilledOn =
      status === 'fulfilled' || status === 'partly-fulfilled' ? addDays(dueDate, rng.int(-25, 20)) : null;
    await createAgreement(trx, ctx, {
      kind: 'commitment',
      text: theme.text,
      party: 'college',
      portfolioHolder: holder,
      meetingId: meeting.record.id,
      dueDate,
      status,
      sourceKind: 'other',
      fulfilment:
        status === 'fulfilled'
          ? `Afgedaan met een raadsinformatiebrief van ${formatDutchDate(fulfilledOn!)}.`
          : status === 'partly-fulfilled'
            ? `Deels afgedaan: de raad kreeg op ${formatDutchDate(fulfilledOn!)} een eerste brief; het vervolg volgt.`
            : status === 'withdrawn'
              ? 'Vervallen: de raad besloot anders bij de begrotingsbehandeling.'
              : null,
      fulfilledOn,
    });
  }
  return COMMITMENT_THEMES.length;
}

/**
 * The commitments round of one meeting (the fourth last of the term): the college proposes to settle what was
 * partly fulfilled and to keep what is open; the council decides as proposed, on the meeting's date.
 */
async function seedCommitmentRound(trx: Executor, ctx: WriteContext, meeting: MeetingRecord): Promise<void> {
  const round = await openCommitmentRound({ db: trx, writer: ctx, meetingId: meeting.id });
  for (const entry of await listCommitmentEntries(trx, ctx.organisationId, round.id)) {
    const settle = entry.status === 'partly-fulfilled';
    await proposeOnCommitment({
      db: trx,
      writer: ctx,
      roundId: round.id,
      entryId: entry.id,
      proposal: settle ? 'settle' : 'keep',
      explanation: settle
        ? 'Het vervolg is opgenomen in de begroting; het college stelt voor de toezegging af te doen.'
        : entry.dueDate !== null && entry.dueDate < meeting.date
          ? 'Over de termijn: het college verwacht de raad voor het zomerreces te informeren.'
          : 'Loopt volgens planning.',
    });
  }
  await decideCommitmentRound({ db: trx, writer: ctx, roundId: round.id });
}

export function describeDemoCouncil(result: DemoCouncilResult): string {
  return result.seeded
    ? `Demoraad ${COUNCIL.name} geladen (/o/${result.slug}/): 39 zetels in ${FACTIONS.length} fracties, ${result.meetings} raadsvergaderingen, ${result.motions} moties, ${result.commitments} toezeggingen.`
    : `Demoraad ${COUNCIL.name} was al geladen (/o/${result.slug}/).`;
}
