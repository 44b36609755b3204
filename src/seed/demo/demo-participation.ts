import type { LetterWithAttachments } from '../../store/repositories/letters.js';
import type { MemberRecord } from '../../store/repositories/members.js';
import { createPoll, recordPollResponse } from '../../store/repositories/polls.js';
import { createRegistration } from '../../store/repositories/registrations.js';
import type { DemoContext, DemoMeeting } from './demo-context.js';
import { createDemoLetter } from './demo-letters.js';
import { addDays, at } from './prng.js';
import { DIET_WISHES, FIRST_NAMES, LAST_NAMES } from './texts.js';

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A closed poll answered by about 160 of the 342 members, and an open one that is still running. */
export async function seedDemoPolls(d: DemoContext): Promise<void> {
  const closed = await createPoll(d.trx, d.ctx, {
    title: 'Ledenpeiling financiële positie gemeenten 2025',
    description: 'Peiling onder de leden ter voorbereiding op het Overhedenoverleg van februari 2025.',
    opensAt: '2025-01-20T08:00:00.000Z',
    closesAt: '2025-02-14T17:00:00.000Z',
    status: 'closed',
    questions: [
      {
        text: 'Verwacht uw gemeente voor 2026 een sluitende begroting?',
        kind: 'single-choice',
        options: ['ja', 'nee', 'weet nog niet'],
      },
      {
        text: 'Hoe groot is de druk op de algemene reserve (1 = gering, 5 = zeer groot)?',
        kind: 'scale',
        options: ['1', '2', '3', '4', '5'],
      },
      { text: 'Welke maatregel van het Rijk helpt uw gemeente het meest?', kind: 'open' },
    ],
  });
  const [q1, q2, q3] = closed.questions;
  const MEASURES = [
    'Schrappen van de opschalingskorting',
    'Meer eigen belastinggebied',
    'Stabiel accres',
    'Compensatie jeugdzorg',
  ];
  for (const member of d.rng.sample(d.members, d.rng.int(156, 164))) {
    await recordPollResponse(d.trx, d.ctx, {
      pollId: closed.id,
      memberId: member.id,
      respondedAt: at(
        `2025-0${d.rng.int(1, 2)}-${String(d.rng.int(21, 28)).padStart(2, '0')}`,
        d.rng.int(8, 17),
      ),
      answers: [
        { questionId: q1.id, answer: d.rng.pick(['ja', 'nee', 'nee', 'weet nog niet']) },
        { questionId: q2.id, answer: String(d.rng.int(2, 5)) },
        { questionId: q3.id, answer: d.rng.pick(MEASURES) },
      ],
    });
  }
  const open = await createPoll(d.trx, d.ctx, {
    title: 'Ledenraadpleging inzet Overhedenoverleg 2027',
    description: 'Welke onderwerpen moet de VNG in het Overhedenoverleg voorop zetten?',
    opensAt: '2026-11-02T08:00:00.000Z',
    // Open past the Najaars-ALV of 9 December 2026: the demo's one open poll (it closes in the new year).
    closesAt: '2027-01-15T16:00:00.000Z',
    status: 'open',
    questions: [
      {
        text: 'Welk onderwerp heeft voor uw gemeente de hoogste prioriteit?',
        kind: 'single-choice',
        options: ['Gemeentefonds', 'Jeugdzorg', 'Wonen', 'Energietransitie', 'Asiel en migratie'],
      },
    ],
  });
  for (const member of d.rng.sample(d.members, 47)) {
    await recordPollResponse(d.trx, d.ctx, {
      pollId: open.id,
      memberId: member.id,
      respondedAt: at(`2026-11-${String(d.rng.int(3, 20)).padStart(2, '0')}`, d.rng.int(8, 17)),
      answers: [{ questionId: open.questions[0].id, answer: d.rng.pick(open.questions[0].options) }],
    });
  }
}

function person(d: DemoContext, member: MemberRecord) {
  const first = d.rng.pick(FIRST_NAMES);
  const last = d.rng.pick(LAST_NAMES);
  return {
    personName: `${first} ${last}`,
    email: `${slug(`${first[0]} ${last}`)}@${slug(member.name)}.example`,
  };
}

/**
 * The invitation letter of a meeting and the people who registered for it (with dietary wishes). The letter
 * announces the meeting and its agenda: it is returned so that the meeting's accountability round goes with it.
 */
export async function seedDemoRegistrations(
  d: DemoContext,
  meeting: DemoMeeting,
  count: number,
): Promise<LetterWithAttachments> {
  const letter = await createDemoLetter(d, {
    date: addDays(meeting.record.date, -42),
    subject: `Uitnodiging ${meeting.record.title}`,
    body: `Geacht college en gemeenteraad,\n\nHierbij nodigen wij u uit voor de ${meeting.record.title} op ${meeting.record.date} in ${meeting.record.place}. U kunt zich aanmelden via Motiemonitor.`,
    attachments: [
      {
        title: `Agenda ${meeting.record.title}`,
        filename: `agenda-${meeting.plan.key}.txt`,
        kind: 'agenda',
        text: 'Opening en mededelingen; notulen; verantwoording over de uitvoering van moties; moties en resoluties; rondvraag en sluiting.',
      },
    ],
  });
  for (const member of d.rng.sample(d.members, count)) {
    await createRegistration(d.trx, d.ctx, {
      meetingId: meeting.record.id,
      memberId: member.id,
      ...person(d, member),
      wishes: d.rng.pick(DIET_WISHES),
    });
  }
  return letter;
}
