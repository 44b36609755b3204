/**
 * Data for bench/pages.bench.ts: what `npm start` loads (municipalities, demo data) plus N generated motions
 * (bulk insert) spread over the demo meetings, statuses and topics, all in the search index; two of three with a
 * pre-advice and each with three clauses, as imported motions have them (a motion's page reads both).
 */

import type { AppContext } from '../src/app-context.js';
import { MOTION_STATUSES } from '../src/domain/motion-lifecycle.js';
import type { MotionStatus, PreAdviceKind } from '../src/domain/types.js';
import { reindexAll } from '../src/search/index.js';
import { seedDemo } from '../src/seed/demo/seed-demo.js';
import { seedMunicipalities } from '../src/seed/municipalities.js';
import { ensureOrganisation } from '../src/services/default-organisation.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import { type BulkMotion, bulkInsertMotions } from '../src/store/bulk.js';
import type { OpenDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { listMeetings } from '../src/store/repositories/meetings.js';
import { listMembers } from '../src/store/repositories/members.js';
import { random } from './random.js';

/** Every status but draft (the portal shows published motions), settled twice: most of an archive is settled. */
const STATUSES: MotionStatus[] = [...MOTION_STATUSES.filter((s) => s !== 'draft'), 'settled'];
const PRE_ADVICES: PreAdviceKind[] = ['adopt', 'advise-against', 'assembly-judgement', 'postpone'];
const TOPICS = [
  'Jeugdzorg',
  'Gemeentefinanciën',
  'Wonen',
  'Netcongestie',
  'Asielopvang',
  'Omgevingswet',
  'Klimaat',
];

export async function loadPagesCorpus(opened: OpenDatabase, motions: number): Promise<AppContext> {
  await migrateToLatest(opened.db);
  const organisation = await ensureOrganisation(opened.db);
  const writer = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
  await seedMunicipalities(opened.db, writer);
  await seedDemo(opened.db, organisation);
  const members = await listMembers(opened.db, organisation.id);
  const meetings = (await listMeetings(opened.db, organisation.id, {}, { limit: 100, offset: 0 })).items;
  const rnd = random(6);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const start = Date.parse('2012-01-01T00:00:00Z');
  const corpus: BulkMotion[] = Array.from({ length: motions }, (_, i) => {
    const topic = pick(TOPICS);
    const a = pick(members);
    const b = pick(members);
    return {
      number: `B${i}`,
      title: `${topic}: voorstel ${i} over ${pick(['financiering', 'uitvoering', 'regelgeving', 'samenwerking'])}`,
      topic,
      call: `verzoekt het bestuur zich in te zetten voor ${topic.toLowerCase()} en de gemeenten te ondersteunen`,
      status: pick(STATUSES),
      meetingId: pick(meetings).id,
      createdAt: new Date(start + i * 90_000).toISOString(),
      submitters: (a.id === b.id ? [a] : [a, b]).map((m) => ({ memberId: m.id, name: m.name })),
      // As an imported motion: two of three with the board's pre-advice, its considerations and call as clauses.
      preAdvice: rnd() < 0.65 ? { advice: pick(PRE_ADVICES) } : undefined,
      clauses: [
        { kind: 'noting', text: `dat gemeenten voor ${topic.toLowerCase()} meer middelen nodig hebben` },
        { kind: 'considering', text: 'dat de uitvoering bij de gemeenten ligt' },
        { kind: 'requests', text: `zich in te zetten voor ${topic.toLowerCase()}` },
      ],
    };
  });
  await bulkInsertMotions(opened.db, writer, corpus);
  await reindexAll(opened.db, organisation.id);
  return { db: opened.db, engine: opened.engine, organisation };
}
