import type { BallotChoice } from '../../domain/types.js';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import { assertReferences } from '../references.js';
import type { CouncilBallotRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { isSet } from './shared.js';

/** A council's attendance list and named ballots by member (vote by seats, ADR 017). */
export type CouncilBallotRecord = Omit<Camelize<CouncilBallotRow>, 'byFaction'> & {
  byFaction: boolean;
  personName: string;
  factionName: string | null;
};

/** The council members present at a meeting (their person ids). */
export async function listCouncilPresent(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('council_attendance')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .orderBy('person_id')
    .execute();
  return rows.map((r) => r.person_id);
}

/** Replaces the meeting's attendance list by `personIds`; one audit event with the old and new list. */
export async function setCouncilPresent(
  db: Executor,
  ctx: WriteContext,
  meetingId: string,
  personIds: readonly string[],
): Promise<string[]> {
  return inTransaction(db, async (trx) => {
    const before = await listCouncilPresent(trx, ctx.organisationId, meetingId);
    const at = nowIso();
    const rows = [...new Set(personIds)].map((personId) => ({
      id: newId(),
      organisation_id: ctx.organisationId,
      meeting_id: meetingId,
      person_id: personId,
      created_at: at,
    }));
    await assertReferences(trx, 'council_attendance', ctx.organisationId, rows);
    await trx
      .deleteFrom('council_attendance')
      .where('organisation_id', '=', ctx.organisationId)
      .where('meeting_id', '=', meetingId)
      .execute();
    if (rows.length > 0) await trx.insertInto('council_attendance').values(rows).execute();
    const after = rows.map((r) => r.person_id).sort();
    await appendAuditEvent(trx, ctx, {
      action: 'council-attendance.recorded',
      entityKind: 'meeting',
      entityId: meetingId,
      oldValues: { present: before },
      newValues: { present: after },
    });
    return after;
  });
}

/**
 * Stores named ballots of a vote, replacing a member's earlier ballot in this vote (the chair corrects a
 * faction's block with a member voting apart); one audit event for the batch.
 */
export async function putCouncilBallots(
  db: Executor,
  ctx: WriteContext,
  voteId: string,
  ballots: readonly {
    personId: string;
    factionId: string | null;
    choice: BallotChoice;
    byFaction: boolean;
  }[],
): Promise<void> {
  if (ballots.length === 0) return;
  await inTransaction(db, async (trx) => {
    const at = nowIso();
    const rows: CouncilBallotRow[] = ballots.map((b) => ({
      id: newId(),
      organisation_id: ctx.organisationId,
      vote_id: voteId,
      person_id: b.personId,
      faction_id: b.factionId,
      choice: b.choice,
      by_faction: b.byFaction ? 1 : 0,
      cast_at: at,
    }));
    await assertReferences(trx, 'council_ballots', ctx.organisationId, rows);
    await trx
      .deleteFrom('council_ballots')
      .where('organisation_id', '=', ctx.organisationId)
      .where('vote_id', '=', voteId)
      .where(
        'person_id',
        'in',
        rows.map((r) => r.person_id),
      )
      .execute();
    await trx.insertInto('council_ballots').values(rows).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'vote.council-ballots-cast',
      entityKind: 'vote',
      entityId: voteId,
      newValues: {
        ballots: ballots.map((b) => ({ personId: b.personId, choice: b.choice, byFaction: b.byFaction })),
      },
    });
  });
}

/** The named ballots of a council vote, with the member's name and faction, by faction and name. */
export async function listCouncilBallots(
  db: Executor,
  organisationId: string,
  voteId: string,
): Promise<CouncilBallotRecord[]> {
  const rows = await db
    .selectFrom('council_ballots as b')
    .innerJoin('council_people as p', 'p.id', 'b.person_id')
    .leftJoin('factions as f', 'f.id', 'b.faction_id')
    .selectAll('b')
    .select(['p.name as person_name', 'f.name as faction_name'])
    .where('b.organisation_id', '=', organisationId)
    .where('b.vote_id', '=', voteId)
    .orderBy('f.name')
    .orderBy('p.name')
    .execute();
  return rows.map(({ person_name, faction_name, by_faction, ...row }) => ({
    ...camelize(row),
    byFaction: isSet(by_faction),
    personName: person_name,
    factionName: faction_name ?? null,
  }));
}
