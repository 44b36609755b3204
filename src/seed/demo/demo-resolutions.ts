import type { AgreementRecord } from '../../store/repositories/agreements.js';
import { createAmendment, updateAmendment } from '../../store/repositories/motion-extras.js';
import {
  adoptResolutionVersion,
  createResolution,
  createResolutionVersion,
  type NewClause,
  publishResolutionVersion,
  updateResolution,
} from '../../store/repositories/resolutions.js';
import type { DemoContext, DemoMeeting } from './demo-context.js';
import { memberByCode } from './demo-context.js';
import { holdDemoVote } from './demo-votes.js';
import { addDays, at } from './prng.js';

const preamble = (kind: 'noting' | 'considering', text: string): NewClause => ({
  section: 'preamble',
  kind,
  text,
});
const operative = (kind: 'declares' | 'requests' | 'calls-on' | 'instructs', text: string): NewClause => ({
  section: 'operative',
  kind,
  text,
});

const byKey = (meetings: DemoMeeting[], key: string) => meetings.find((m) => m.plan.key === key)!;

/** Three board resolutions: one adopted as amended, one adopted with a conditional clause, one still a concept. */
export async function seedDemoResolutions(
  d: DemoContext,
  meetings: DemoMeeting[],
  agreements: Map<string, AgreementRecord>,
): Promise<void> {
  await spreadingResolution(d, byKey(meetings, 'balv23'));
  await financeResolution(d, byKey(meetings, 'alv25'), agreements.get('normering')!);
  await conceptResolution(d, byKey(meetings, 'nalv26'));
}

async function spreadingResolution(d: DemoContext, meeting: DemoMeeting) {
  const date = meeting.record.date;
  const r = await createResolution(d.trx, d.ctx, {
    title: "Resolutie 'Opvang en spreiding van asielzoekers'",
    meetingId: meeting.record.id,
    agendaItemId: meeting.agenda.motions.id,
  });
  const base = [
    preamble('noting', 'constaterende dat de opvang van asielzoekers al jaren onder druk staat;'),
    preamble(
      'considering',
      'overwegende dat een evenwichtige spreiding een gedeelde verantwoordelijkheid is van alle gemeenten;',
    ),
    operative(
      'declares',
      'spreekt uit dat gemeenten bereid zijn hun aandeel te leveren, mits het Rijk de kosten volledig vergoedt;',
    ),
    operative('calls-on', 'roept het kabinet op meerjarige financiering van opvanglocaties te garanderen.'),
  ];
  await createResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    label: 'concept',
    explanation: 'Conceptresolutie, meegestuurd met de uitnodiging.',
    clauses: base,
    publishedAt: at(addDays(date, -28), 9),
  });
  await createResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    label: 'geactualiseerd',
    explanation: 'Geactualiseerd na de ledenbijeenkomsten in september.',
    clauses: [
      ...base,
      operative('requests', 'verzoekt het bestuur halfjaarlijks te rapporteren over de voortgang.'),
    ],
    publishedAt: at(addDays(date, -8), 9),
  });
  const amendment = await createAmendment(d.trx, d.ctx, {
    targetKind: 'resolution',
    targetId: r.id,
    title: 'Amendement kleine gemeenten',
    text: 'Voeg toe: "en houdt daarbij rekening met de draagkracht van kleine gemeenten".',
    submitters: [
      { memberId: memberByCode(d, 'GM0363').id, name: memberByCode(d, 'GM0363').name },
      { memberId: memberByCode(d, 'GM0513').id, name: memberByCode(d, 'GM0513').name },
    ],
  });
  await updateAmendment(d.trx, d.ctx, amendment.id, { status: 'adopted' });
  const final = await createResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    label: 'vastgesteld',
    explanation: 'Zoals gewijzigd door het amendement kleine gemeenten.',
    clauses: [
      ...base.slice(0, 3),
      operative(
        'calls-on',
        'roept het kabinet op meerjarige financiering van opvanglocaties te garanderen en houdt daarbij rekening met de draagkracht van kleine gemeenten.',
      ),
      operative('requests', 'verzoekt het bestuur halfjaarlijks te rapporteren over de voortgang.'),
    ],
  });
  const vote = await holdDemoVote(d, {
    meeting,
    subject: r.title,
    support: 0.9,
    resolutionId: r.id,
    hour: 15,
  });
  await publishResolutionVersion(d.trx, d.ctx, final.id, at(date, 15, 30));
  await adoptResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    versionId: final.id,
    at: at(date, 15, 30),
    voteResult: `gewijzigde versie ${vote.text}`,
    votePercentage: vote.percentage,
  });
}

async function financeResolution(d: DemoContext, meeting: DemoMeeting, condition: AgreementRecord) {
  const date = meeting.record.date;
  const r = await createResolution(d.trx, d.ctx, {
    title: "Resolutie 'Naar een stabiele financiering van gemeenten'",
    meetingId: meeting.record.id,
    agendaItemId: meeting.agenda.motions.id,
  });
  const clauses = [
    preamble(
      'noting',
      'constaterende dat gemeenten vanaf 2026 geconfronteerd worden met een structureel tekort;',
    ),
    preamble(
      'noting',
      'constaterende dat in het Overhedenoverleg van 27 februari 2025 afspraken zijn gemaakt over de normering;',
    ),
    preamble(
      'considering',
      'overwegende dat gemeenten hun wettelijke taken alleen kunnen uitvoeren met stabiele inkomsten;',
    ),
    operative('calls-on', 'roept het kabinet op de gemaakte afspraken volledig en tijdig na te komen;'),
  ];
  await createResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    label: 'concept',
    clauses,
    publishedAt: at(addDays(date, -14), 9),
  });
  const conditional = operative(
    'instructs',
    'draagt het bestuur op, indien het kabinet de afspraak over de normeringssystematiek niet uiterlijk 1 januari 2026 nakomt, een juridische procedure voor te bereiden.',
  );
  await createResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    label: 'geactualiseerd',
    clauses: [...clauses, { ...conditional, conditionAgreementId: condition.id }],
    publishedAt: at(addDays(date, -4), 9),
  });
  const final = await createResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    label: 'vastgesteld',
    clauses: [...clauses, { ...conditional, conditionAgreementId: condition.id }],
  });
  const vote = await holdDemoVote(d, {
    meeting,
    subject: r.title,
    support: 0.97,
    resolutionId: r.id,
    hour: 15,
  });
  await adoptResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    versionId: final.id,
    at: at(date, 15, 30),
    voteResult: vote.text,
    votePercentage: vote.percentage,
  });
}

async function conceptResolution(d: DemoContext, meeting: DemoMeeting) {
  const r = await createResolution(d.trx, d.ctx, {
    title: "Resolutie 'Gemeenten als eerste overheid'",
    meetingId: meeting.record.id,
    agendaItemId: meeting.agenda.motions.id,
  });
  const clauses = [
    preamble('noting', 'constaterende dat inwoners de overheid vooral via hun gemeente ervaren;'),
    preamble('considering', 'overwegende dat beleid pas werkt als het uitvoerbaar is in de gemeente;'),
    operative(
      'requests',
      'verzoekt het bestuur elke nieuwe wet te laten toetsen op uitvoerbaarheid door gemeenten.',
    ),
  ];
  await createResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    label: 'concept',
    clauses,
    publishedAt: at(addDays(meeting.record.date, -42), 9),
  });
  await createResolutionVersion(d.trx, d.ctx, {
    resolutionId: r.id,
    label: 'geactualiseerd',
    explanation: 'In bewerking na de reacties van de leden.',
    clauses: [
      ...clauses,
      operative('calls-on', 'roept het kabinet op een uitvoeringstoets verplicht te stellen.'),
    ],
  });
  await updateResolution(d.trx, d.ctx, r.id, { status: 'published' });
}
