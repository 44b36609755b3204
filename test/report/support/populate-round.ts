import { SYSTEM_ACTOR, type WriteContext } from '../../../src/store/audit.js';
import type { Db } from '../../../src/store/database.js';
import {
  createAccountabilityRound,
  upsertAccountabilityEntry,
} from '../../../src/store/repositories/accountability.js';
import { createLetter } from '../../../src/store/repositories/letters.js';
import { addAgendaItem, createMeeting } from '../../../src/store/repositories/meetings.js';
import { createMotion, recordMotionTransition } from '../../../src/store/repositories/motions.js';
import { createOrganisation } from '../../../src/store/repositories/organisations.js';
import type { RoundFixture } from './round-fixture.js';

export type PopulatedRound = {
  organisationId: string;
  roundId: string;
  motionIds: string[];
  meetingDate: string;
};

/**
 * Writes the fixture through the repositories: meetings, motions (submitted, adopted, and held at
 * the next assembly when they are held over), the round with its agenda item and letter, and one
 * entry per motion with the bureau's group label.
 */
export async function populateRound(
  db: Db,
  fixture: RoundFixture,
  options: { organisationId?: string } = {},
): Promise<PopulatedRound> {
  const organisationId =
    options.organisationId ??
    (
      await createOrganisation(db, {
        name: 'Vereniging van Nederlandse Gemeenten',
        slug: 'vng',
        settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
        actor: SYSTEM_ACTOR,
      })
    ).id;
  const ctx: WriteContext = { organisationId, actor: SYSTEM_ACTOR };
  const meetings = new Map<string, { id: string; date: string }>();
  for (const m of [...fixture.meetings].sort((a, b) => a.date.localeCompare(b.date))) {
    const created = await createMeeting(db, ctx, {
      kind: m.kind,
      title: m.label,
      date: m.date,
      status: 'held',
    });
    meetings.set(m.label, { id: created.id, date: m.date });
  }
  const roundMeeting = meetings.get(fixture.round.meeting)!;
  const ordered = [...meetings.values()].sort((a, b) => a.date.localeCompare(b.date));
  const nextAfter = (date: string) => ordered.find((m) => m.date > date && m.date < roundMeeting.date);
  const agendaItem = await addAgendaItem(db, ctx, {
    meetingId: roundMeeting.id,
    number: fixture.round.agendaItemNumber,
    title: fixture.round.title,
  });
  const letterId = fixture.round.letter ? (await createLetter(db, ctx, fixture.round.letter)).id : null;
  const round = await createAccountabilityRound(db, ctx, {
    meetingId: roundMeeting.id,
    title: fixture.round.title,
    agendaItemId: agendaItem.id,
    letterId,
    summary: fixture.round.summary,
    proposalText: fixture.round.proposalText,
  });
  const motionIds: string[] = [];
  for (const group of fixture.groups) {
    for (const m of group.motions) {
      const adopted = meetings.get(m.meeting)!;
      const motion = await createMotion(db, ctx, {
        title: m.title,
        topic: m.topic,
        call: m.call,
        status: 'submitted',
        andOthers: m.andOthers,
        meetingId: adopted.id,
        submittedAt: `${adopted.date}T08:00:00.000Z`,
        submitters: m.submitters.map((name) => ({ name })),
      });
      await recordMotionTransition(db, ctx, {
        motionId: motion.id,
        from: 'submitted',
        to: 'adopted',
        at: `${adopted.date}T14:00:00.000Z`,
        meetingId: adopted.id,
        votePercentage: 97.5,
      });
      const held = nextAfter(adopted.date);
      if (held)
        await recordMotionTransition(db, ctx, {
          motionId: motion.id,
          from: 'adopted',
          to: 'held',
          at: `${held.date}T15:00:00.000Z`,
          meetingId: held.id,
          reason: 'Aangehouden bij de verantwoording',
        });
      await upsertAccountabilityEntry(db, ctx, {
        roundId: round.id,
        motionId: motion.id,
        text: m.accountability,
        proposal: m.proposal,
        condition: m.condition,
        groupLabel: group.label,
      });
      motionIds.push(motion.id);
    }
  }
  return { organisationId, roundId: round.id, motionIds, meetingDate: roundMeeting.date };
}
