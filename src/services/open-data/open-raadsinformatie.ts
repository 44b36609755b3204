import type { AppContext } from '../../app-context.js';
import { factionOf } from '../../domain/council.js';
import type { BallotChoice } from '../../domain/types.js';
import { listAllCommitments } from '../../store/repositories/agreements.js';
import { listCouncilPeople, listFactions, listMemberships } from '../../store/repositories/council.js';
import { listAgendaItems, listMeetings } from '../../store/repositories/meetings.js';
import { listMotions } from '../../store/repositories/motions.js';
import { listBallots, listVotes } from '../../store/repositories/votes.js';

/** At most this many records of each kind in one export. */
export const MAX_OPEN_DATA = 10_000;

/**
 * The JSON-LD context: Popolo (W3C opengov) for organisations, persons, memberships, motions and votes, the
 * meeting ontology Open Raadsinformatie uses for meetings and agenda items, schema.org for names and dates.
 */
export const OPEN_DATA_CONTEXT = {
  '@vocab': 'http://www.w3.org/ns/opengov#',
  meeting: 'https://argu.co/ns/meeting/',
  schema: 'http://schema.org/',
  mm: 'https://motiemonitor.nl/ns#',
  Meeting: 'meeting:Meeting',
  AgendaItem: 'meeting:AgendaItem',
  Commitment: 'mm:Commitment',
  name: 'schema:name',
  startDate: 'schema:startDate',
  endDate: 'schema:endDate',
  location: 'schema:location',
  text: 'schema:text',
  dateSubmitted: 'schema:dateCreated',
  dueDate: 'mm:dueDate',
  status: 'mm:status',
  fulfilment: 'mm:fulfilment',
  fulfilledOn: 'mm:fulfilledOn',
  portfolioHolder: 'mm:portfolioHolder',
  signatories: 'mm:signatories',
  seats: 'mm:seats',
  position: 'schema:position',
  parent: { '@id': 'schema:superEvent', '@type': '@id' },
  agenda: { '@id': 'meeting:agenda', '@type': '@id' },
  organization: { '@type': '@id' },
  person: { '@type': '@id' },
  voter: { '@type': '@id' },
  group: { '@type': '@id' },
  creator: { '@type': '@id' },
  motion: { '@type': '@id' },
  voteEvent: { '@type': '@id' },
  meetingOf: { '@id': 'meeting:meeting', '@type': '@id' },
  agendaItem: { '@id': 'meeting:agendaItem', '@type': '@id' },
};

const OPTION: Record<BallotChoice, string> = { for: 'yes', against: 'no', abstain: 'abstain' };
const MOTION_RESULT: Record<string, string> = {
  adopted: 'pass',
  held: 'pass',
  settled: 'pass',
  rejected: 'fail',
  withdrawn: 'withdrawn',
  postponed: 'postponed',
};

const id = (kind: string, key: string) => `urn:motiemonitor:${kind}:${key}`;
const all = { limit: MAX_OPEN_DATA, offset: 0 };

/**
 * An organisation's open data as Open Raadsinformatie publishes it (Popolo-based JSON-LD): the organisation and
 * its factions, persons and memberships, meetings with their agenda items, motions with their submitting
 * factions and signatories, vote events with counts and named votes (per member, with the faction the member
 * belonged to that day) and commitments. Only records of this organisation; published votes only.
 */
export async function buildOpenData(ctx: AppContext): Promise<Record<string, unknown>> {
  const { db } = ctx;
  const org = ctx.organisation;
  const [factions, people, memberships, meetings, motions, votes, commitments] = await Promise.all([
    listFactions(db, org.id),
    listCouncilPeople(db, org.id),
    listMemberships(db, org.id),
    listMeetings(db, org.id, {}, all, 'date'),
    listMotions(db, org.id, { drafts: 'none' }, all, 'submitted'),
    listVotes(db, org.id, { status: ['published'] }, all),
    listAllCommitments(db, org.id),
  ]);
  const orgId = id('organisation', org.slug);
  const factionByName = new Map<string, string>();
  for (const f of factions) {
    factionByName.set(f.name.toLowerCase(), f.id);
    factionByName.set(f.shortName.toLowerCase(), f.id);
  }
  const graph: Record<string, unknown>[] = [
    { '@id': orgId, '@type': 'Organization', name: org.name, classification: org.kind },
  ];
  for (const f of factions)
    graph.push({
      '@id': id('faction', f.id),
      '@type': 'Organization',
      name: f.name,
      other_names: [{ name: f.shortName }],
      classification: 'fractie',
      parent: orgId,
      founding_date: f.termStart,
      dissolution_date: f.termEnd,
      seats: f.seats,
    });
  for (const p of people)
    graph.push({
      '@id': id('person', p.id),
      '@type': 'Person',
      name: p.name,
      role: p.role,
      portfolio: p.portfolio,
    });
  for (const m of memberships)
    graph.push({
      '@id': id('membership', `${m.personId}-${m.factionId}-${m.fromDate}`),
      '@type': 'Membership',
      person: id('person', m.personId),
      organization: id('faction', m.factionId),
      start_date: m.fromDate,
      end_date: m.untilDate,
      end_reason: m.endReason,
    });
  for (const meeting of meetings.items) {
    const items = await listAgendaItems(db, org.id, meeting.id);
    graph.push({
      '@id': id('meeting', meeting.id),
      '@type': 'Meeting',
      name: meeting.title,
      classification: meeting.kind,
      startDate: meeting.startTime ? `${meeting.date}T${meeting.startTime}` : meeting.date,
      endDate: meeting.endTime ? `${meeting.date}T${meeting.endTime}` : null,
      location: meeting.place,
      status: meeting.status,
      organization: orgId,
      agenda: items.map((i) => id('agenda-item', i.id)),
    });
    for (const item of items)
      graph.push({
        '@id': id('agenda-item', item.id),
        '@type': 'AgendaItem',
        name: item.title,
        identifier: item.number,
        position: item.position,
        parent: id('meeting', meeting.id),
      });
  }
  const voted = new Set<string>();
  for (const v of votes.items) {
    if (v.motionId) voted.add(v.motionId);
    const date = (v.closedAt ?? v.openedAt ?? '').slice(0, 10);
    const ballots = await listBallots(db, org.id, v.id);
    graph.push({
      '@id': id('vote-event', v.id),
      '@type': 'VoteEvent',
      identifier: v.subject,
      motion: v.motionId ? id('motion', v.motionId) : null,
      meetingOf: v.meetingId ? id('meeting', v.meetingId) : null,
      organization: orgId,
      start_date: v.openedAt,
      end_date: v.closedAt,
      result: v.result ? (v.result.outcome === 'adopted' ? 'pass' : 'fail') : null,
      counts: v.byAcclamation
        ? []
        : [
            { option: 'yes', value: v.result?.for ?? 0 },
            { option: 'no', value: v.result?.against ?? 0 },
            { option: 'abstain', value: v.result?.abstain ?? 0 },
          ],
      votes: ballots.map((b) => {
        const person = people.find((p) => p.id === b.memberId || p.name === b.memberName);
        const faction = person && date ? factionOf(memberships, person.id, date) : null;
        return {
          '@type': 'Vote',
          voteEvent: id('vote-event', v.id),
          voter: person ? id('person', person.id) : id('member', b.memberId),
          voter_name: person?.name ?? b.memberName,
          group: faction ? id('faction', faction) : null,
          option: b.choice in OPTION ? OPTION[b.choice as BallotChoice] : b.choice,
          weight: b.weight,
        };
      }),
    });
  }
  for (const m of motions.items) {
    graph.push({
      '@id': id('motion', m.id),
      '@type': 'Motion',
      identifier: m.number,
      name: m.title,
      text: m.body ?? m.call,
      classification: 'motie',
      organization: orgId,
      meetingOf: m.meetingId ? id('meeting', m.meetingId) : null,
      agendaItem: m.agendaItemId ? id('agenda-item', m.agendaItemId) : null,
      dateSubmitted: m.submittedAt,
      result: MOTION_RESULT[m.status] ?? null,
      creator: m.submitters.map((s) => {
        const faction = factionByName.get(s.name.toLowerCase());
        return faction ? id('faction', faction) : s.memberId ? id('member', s.memberId) : s.name;
      }),
      signatories: m.signatories,
    });
    // A result the records only state (an imported motion): a vote event without named votes.
    if (!voted.has(m.id) && m.voteResult)
      graph.push({
        '@id': id('vote-event', `${m.id}-uitslag`),
        '@type': 'VoteEvent',
        motion: id('motion', m.id),
        meetingOf: m.meetingId ? id('meeting', m.meetingId) : null,
        organization: orgId,
        start_date: m.decidedAt,
        result: MOTION_RESULT[m.status] ?? null,
        description: m.voteResult,
        counts: [],
        votes: [],
      });
  }
  for (const c of commitments)
    graph.push({
      '@id': id('commitment', c.id),
      '@type': 'Commitment',
      text: c.text,
      portfolioHolder: c.portfolioHolder,
      meetingOf: c.meetingId ? id('meeting', c.meetingId) : null,
      organization: orgId,
      dueDate: c.dueDate,
      status: c.status,
      fulfilment: c.fulfilment,
      fulfilledOn: c.fulfilledOn,
    });
  return { '@context': OPEN_DATA_CONTEXT, '@id': orgId, '@graph': graph };
}
