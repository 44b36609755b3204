import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { tallyCouncilVote } from '../../src/domain/council.js';
import { buildInstallation, type Installation } from '../../src/installation.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { createAgreement } from '../../src/store/repositories/agreements.js';
import { createCouncilPerson, createFaction } from '../../src/store/repositories/council.js';
import { addAgendaItem, createMeeting } from '../../src/store/repositories/meetings.js';
import { listMembers, upsertMembers } from '../../src/store/repositories/members.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { castBallot, createVote, setVoteStatus } from '../../src/store/repositories/votes.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

type Node = Record<string, unknown> & { '@id': string; '@type': string };

describe.each(ENGINES)(
  'open data export (Open Raadsinformatie, JSON-LD) per organisation, on %s',
  (engine) => {
    let cleanup: () => Promise<void>;
    let installation: Installation;
    let base: string;
    const ids = {
      meeting: '',
      item: '',
      motion: '',
      vote: '',
      commitment: '',
      vngMotion: '',
      gl: '',
      vvd: '',
    };

    beforeAll(async () => {
      const opened = await openTestDatabase(engine);
      cleanup = opened.cleanup;
      const { db } = opened;
      const vng = await ensureOrganisation(db, 'vng');
      const council = await createOrganisationOfKind(db, {
        kind: 'gemeenteraad',
        name: 'Gemeenteraad van Lindenhout',
        slug: 'lindenhout',
        actor: SYSTEM_ACTOR,
      });
      const w: WriteContext = { organisationId: council.id, actor: SYSTEM_ACTOR };
      const inVng: WriteContext = { organisationId: vng.id, actor: SYSTEM_ACTOR };
      const term = { termStart: '2022-03-30', termEnd: '2026-03-25' };
      ids.gl = (await createFaction(db, w, { name: 'GroenLinks', shortName: 'GL', seats: 1, ...term })).id;
      ids.vvd = (await createFaction(db, w, { name: 'VVD', shortName: 'VVD', seats: 1, ...term })).id;
      await createCouncilPerson(db, w, {
        name: 'A. Jansen',
        role: 'member',
        fromDate: '2022-03-30',
        factionId: ids.gl,
      });
      await createCouncilPerson(db, w, {
        name: 'B. Smit',
        role: 'member',
        fromDate: '2022-03-30',
        factionId: ids.vvd,
      });
      // The members who vote, by name (one ballot each).
      await upsertMembers(db, w, [
        { code: 'RL0001', name: 'A. Jansen' },
        { code: 'RL0002', name: 'B. Smit' },
      ]);
      const voters = await listMembers(db, w.organisationId);
      const meeting = await createMeeting(db, w, {
        kind: 'council-meeting',
        title: 'Raadsvergadering 9 juni 2022',
        date: '2022-06-09',
        startTime: '19:30',
        place: 'Raadzaal',
        status: 'held',
      });
      ids.meeting = meeting.id;
      ids.item = (
        await addAgendaItem(db, w, {
          meetingId: meeting.id,
          number: '4',
          title: 'Moties vreemd',
          purpose: 'decision',
        })
      ).id;
      ids.motion = (
        await createMotion(db, w, {
          number: 'M2022-01',
          title: 'Speeltuinen voor iedereen',
          status: 'adopted',
          meetingId: meeting.id,
          agendaItemId: ids.item,
          submitters: [{ name: 'GroenLinks' }],
          signatories: [{ name: 'A. Jansen', party: 'GL' }],
        })
      ).id;
      const vote = await createVote(db, w, {
        meetingId: meeting.id,
        motionId: ids.motion,
        subject: 'Motie Speeltuinen voor iedereen',
        status: 'open',
        openedAt: '2022-06-09T21:00:00.000Z',
      });
      ids.vote = vote.id;
      const jansen = voters.find((m) => m.name === 'A. Jansen')!;
      const smit = voters.find((m) => m.name === 'B. Smit')!;
      await castBallot(db, w, { voteId: vote.id, memberId: jansen.id, choice: 'for', weight: 1 });
      await castBallot(db, w, { voteId: vote.id, memberId: smit.id, choice: 'against', weight: 1 });
      const result = tallyCouncilVote({
        seats: 2,
        present: [jansen.id, smit.id],
        ballots: [
          { personId: jansen.id, choice: 'for' },
          { personId: smit.id, choice: 'against' },
        ],
      });
      await setVoteStatus(db, w, { voteId: vote.id, from: 'open', to: 'closed', result });
      await setVoteStatus(db, w, { voteId: vote.id, from: 'closed', to: 'published' });
      ids.commitment = (
        await createAgreement(db, w, {
          kind: 'commitment',
          text: 'De wethouder stuurt de raad een notitie over speeltuinen',
          portfolioHolder: 'wethouder C. Bakker',
          meetingId: meeting.id,
          dueDate: '2022-12-31',
        })
      ).id;
      // Due before the latest meeting held: overdue by the records' date, not by the wall clock.
      await createAgreement(db, w, {
        kind: 'commitment',
        text: 'De wethouder meldt de raad de stand van de Rivierwijk',
        portfolioHolder: 'wethouder C. Bakker',
        meetingId: meeting.id,
        dueDate: '2022-06-01',
      });
      ids.vngMotion = (
        await createMotion(db, inVng, {
          title: 'Motie Verenigingsgeheim',
          status: 'adopted',
          submitters: [{ name: 'Utrecht' }],
        })
      ).id;
      const ctx: AppContext = { db, engine: opened.engine, organisation: vng };
      installation = await buildInstallation({ ctx });
      base = await installation.listen(0, '127.0.0.1');
    });
    afterAll(async () => {
      await installation?.close();
      await cleanup?.();
    });

    const graphOf = async (path: string) => {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/ld+json');
      const doc = (await response.json()) as { '@context': Record<string, unknown>; '@graph': Node[] };
      return {
        doc,
        graph: doc['@graph'],
        byId: (key: string) => doc['@graph'].find((n) => n['@id'].endsWith(key)),
      };
    };

    it('exports meetings, agenda items, motions, named votes per member and faction, and commitments', async () => {
      const { doc, graph, byId } = await graphOf('/o/lindenhout/api/v1/open-data');
      expect(doc['@context']['@vocab']).toBe('http://www.w3.org/ns/opengov#');
      const types = new Set(graph.map((n) => n['@type']));
      for (const t of [
        'Organization',
        'Person',
        'Membership',
        'Meeting',
        'AgendaItem',
        'Motion',
        'VoteEvent',
        'Commitment',
      ])
        expect(types, t).toContain(t);
      expect(byId(`meeting:${ids.meeting}`)).toMatchObject({
        name: 'Raadsvergadering 9 juni 2022',
        startDate: '2022-06-09T19:30',
        agenda: [`urn:motiemonitor:agenda-item:${ids.item}`],
      });
      expect(byId(`motion:${ids.motion}`)).toMatchObject({
        identifier: 'M2022-01',
        result: 'pass',
        creator: [`urn:motiemonitor:faction:${ids.gl}`],
        agendaItem: `urn:motiemonitor:agenda-item:${ids.item}`,
        signatories: [{ name: 'A. Jansen', party: 'GL' }],
      });
      const event = byId(`vote-event:${ids.vote}`) as unknown as {
        votes: Record<string, unknown>[];
        counts: unknown[];
      };
      expect(event.counts).toEqual([
        { option: 'yes', value: 1 },
        { option: 'no', value: 1 },
        { option: 'abstain', value: 0 },
      ]);
      const named = event.votes.map((v) => [v.voter_name, v.group, v.option]);
      expect(named).toEqual(
        expect.arrayContaining([
          ['A. Jansen', `urn:motiemonitor:faction:${ids.gl}`, 'yes'],
          ['B. Smit', `urn:motiemonitor:faction:${ids.vvd}`, 'no'],
        ]),
      );
      expect(byId(`commitment:${ids.commitment}`)).toMatchObject({
        portfolioHolder: 'wethouder C. Bakker',
        dueDate: '2022-12-31',
        status: 'open',
        meetingOf: `urn:motiemonitor:meeting:${ids.meeting}`,
      });
    });

    it('holds nothing of another organisation, either way', async () => {
      const council = JSON.stringify((await graphOf('/o/lindenhout/api/v1/open-data')).doc);
      expect(council).not.toContain(ids.vngMotion);
      expect(council).not.toContain('Verenigingsgeheim');
      const association = JSON.stringify((await graphOf('/api/v1/open-data')).doc);
      for (const id of Object.values(ids).filter((id) => id !== ids.vngMotion))
        expect(association).not.toContain(id);
      expect(association).toContain(ids.vngMotion);
    });

    it("counts a council's overdue commitments to its latest meeting held, and says so (stand per …)", async () => {
      const html = await (await fetch(`${base}/o/lindenhout/afspraken`)).text();
      expect(html).toContain('Stand per <time dateTime="2022-06-09">9 juni 2022</time>');
      expect(html).toContain('8 dagen over tijd');
      expect(html).not.toMatch(/\b\d{3,}(?:\.\d{3})* dagen over tijd/);
      const home = await (await fetch(`${base}/o/lindenhout/`)).text();
      expect(home).toContain('8 dagen over tijd');
      expect(home).not.toMatch(/\b\d{3,}(?:\.\d{3})* dagen over tijd/);
    });
  },
);
