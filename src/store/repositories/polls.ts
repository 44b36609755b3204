import type { PollQuestionKind, PollStatus } from '../../domain/types.js';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { insertBatched } from '../batches.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { PollQuestionRow, PollResponseRow, PollRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  columnChanges,
  FIRST_PAGE,
  flag,
  fromJsonText,
  insertAudited,
  isSet,
  type ListResult,
  listPage,
  type Page,
  parseSort,
  requireScoped,
  selectScoped,
  toJsonText,
  updateAudited,
} from './shared.js';

export type PollAudience = { kind: 'all' } | { kind: 'provinces'; provinces: string[] };
export type PollRecord = Omit<Camelize<PollRow>, 'audience' | 'publishPerMember'> & {
  audience: PollAudience;
  publishPerMember: boolean;
};
const toPoll = (row: PollRow): PollRecord => ({
  ...camelize(row),
  audience: fromJsonText<PollAudience>(row.audience, { kind: 'all' }),
  publishPerMember: isSet(row.publish_per_member),
});
export type PollQuestionRecord = Omit<Camelize<PollQuestionRow>, 'options'> & { options: string[] };
/** answer is stored as JSON: a string, a list of strings or a number. */
export type PollAnswerValue = string | string[] | number;
export type PollResponseRecord = Omit<Camelize<PollResponseRow>, 'answer'> & { answer: PollAnswerValue };
export type PollWithQuestions = PollRecord & { questions: PollQuestionRecord[] };

export type NewPollQuestion = { text: string; kind: PollQuestionKind; options?: string[] };
export type NewPoll = {
  id?: string;
  title: string;
  description?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
  /** draft, open, closed */
  status?: PollStatus;
  questions?: NewPollQuestion[];
  audience?: PollAudience;
  publishPerMember?: boolean;
  resolutionId?: string | null;
};

const toQuestion = (row: PollQuestionRow): PollQuestionRecord => ({
  ...camelize(row),
  options: fromJsonText(row.options, []),
});
const toResponse = (row: PollResponseRow): PollResponseRecord => ({
  ...camelize(row),
  answer: fromJsonText<PollAnswerValue>(row.answer, ''),
});

function questionRows(organisationId: string, pollId: string, questions: NewPollQuestion[], first: number) {
  return questions.map(
    (q, i): PollQuestionRow => ({
      id: newId(),
      organisation_id: organisationId,
      poll_id: pollId,
      position: first + i,
      text: q.text,
      kind: q.kind,
      options: toJsonText(q.options ?? []),
    }),
  );
}

export async function createPoll(
  db: Executor,
  ctx: WriteContext,
  input: NewPoll,
): Promise<PollWithQuestions> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: PollRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      title: input.title,
      description: input.description ?? null,
      opens_at: input.opensAt ?? null,
      closes_at: input.closesAt ?? null,
      status: input.status ?? 'draft',
      audience: toJsonText(input.audience ?? { kind: 'all' }),
      publish_per_member: flag(input.publishPerMember ?? false),
      resolution_id: input.resolutionId ?? null,
      created_at: at,
      updated_at: at,
    };
    await insertAudited(trx, ctx, 'polls', row, {
      action: 'poll.created',
      entityKind: 'poll',
      newValues: input,
    });
    const questions = questionRows(ctx.organisationId, row.id, input.questions ?? [], 1);
    await insertBatched(trx, 'poll_questions', questions);
    return { ...toPoll(row), questions: questions.map(toQuestion) };
  });
}

export async function listPollQuestions(
  db: Executor,
  organisationId: string,
  pollId: string,
): Promise<PollQuestionRecord[]> {
  const rows = await db
    .selectFrom('poll_questions')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('poll_id', '=', pollId)
    .orderBy('position')
    .execute();
  return rows.map(toQuestion);
}

export async function getPoll(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<PollWithQuestions | undefined> {
  const row = await selectScoped(db, 'polls', organisationId, id);
  return row && { ...toPoll(row), questions: await listPollQuestions(db, organisationId, id) };
}

export async function listPolls(
  db: Executor,
  organisationId: string,
  filter: { status?: PollStatus[]; resolutionId?: string } = {},
  page: Page = FIRST_PAGE,
  sort: 'created' | '-created' | 'closes' | '-closes' = '-created',
): Promise<ListResult<PollRecord>> {
  let q = db.selectFrom('polls').where('polls.organisation_id', '=', organisationId);
  if (filter.status?.length) q = q.where('polls.status', 'in', filter.status);
  if (filter.resolutionId) q = q.where('polls.resolution_id', '=', filter.resolutionId);
  return listPage(
    q,
    'polls',
    parseSort(sort, { created: 'created_at', closes: 'closes_at' }, '-created'),
    page,
    toPoll,
  );
}

export async function updatePoll(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: Partial<Omit<NewPoll, 'id' | 'questions'>>,
): Promise<PollWithQuestions> {
  return inTransaction(db, async (trx) => {
    const set: Partial<PollRow> = {
      updated_at: nowIso(),
      ...columnChanges(
        changes,
        [
          'title',
          'description',
          'opensAt',
          'closesAt',
          'status',
          'audience',
          'publishPerMember',
          'resolutionId',
        ],
        { booleans: ['publishPerMember'], json: ['audience'] },
      ),
    };
    await updateAudited(trx, ctx, 'polls', id, set, {
      action: 'poll.updated',
      entityKind: 'poll',
      entity: 'Peiling',
    });
    return (await getPoll(trx, ctx.organisationId, id))!;
  });
}

export async function addPollQuestion(
  db: Executor,
  ctx: WriteContext,
  pollId: string,
  question: NewPollQuestion,
): Promise<PollQuestionRecord> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'polls', ctx.organisationId, pollId, 'Peiling');
    const last = await trx
      .selectFrom('poll_questions')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('poll_id', '=', pollId)
      .executeTakeFirst();
    const [row] = questionRows(ctx.organisationId, pollId, [question], Number(last?.max ?? 0) + 1);
    await trx.insertInto('poll_questions').values(row).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'poll.question-added',
      entityKind: 'poll',
      entityId: pollId,
      newValues: question,
    });
    return toQuestion(row);
  });
}

/**
 * Records a member's answers (one response per member per question); answering again replaces the
 * earlier answer and the audit trail keeps the old one.
 */
export async function recordPollResponse(
  db: Executor,
  ctx: WriteContext,
  input: {
    pollId: string;
    memberId: string;
    answers: { questionId: string; answer: PollAnswerValue }[];
    respondedAt?: string;
    /** How the answer came in: 'link' (personal link), 'workspace' (signed in), 'staff', 'import'. */
    via?: string;
  },
): Promise<PollResponseRecord[]> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'polls', ctx.organisationId, input.pollId, 'Peiling');
    await requireScoped(trx, 'members', ctx.organisationId, input.memberId, 'Lid');
    const questionIds = new Set(
      (await listPollQuestions(trx, ctx.organisationId, input.pollId)).map((q) => q.id),
    );
    const existing = await trx
      .selectFrom('poll_responses')
      .selectAll()
      .where('poll_id', '=', input.pollId)
      .where('member_id', '=', input.memberId)
      .execute();
    const byQuestion = new Map(existing.map((r) => [r.question_id, r]));
    const at = input.respondedAt ?? nowIso();
    const out: PollResponseRow[] = [];
    for (const a of input.answers) {
      if (!questionIds.has(a.questionId))
        throw new Error(`Vraag ${a.questionId} hoort niet bij deze peiling`);
      const before = byQuestion.get(a.questionId);
      if (before) {
        await trx
          .updateTable('poll_responses')
          .set({ answer: toJsonText(a.answer), responded_at: at })
          .where('id', '=', before.id)
          .execute();
        out.push({ ...before, answer: toJsonText(a.answer), responded_at: at });
      } else {
        const row: PollResponseRow = {
          id: newId(),
          organisation_id: ctx.organisationId,
          poll_id: input.pollId,
          question_id: a.questionId,
          member_id: input.memberId,
          answer: toJsonText(a.answer),
          responded_at: at,
        };
        await trx.insertInto('poll_responses').values(row).execute();
        out.push(row);
      }
    }
    // One submission per municipality: the unique constraint is the guarantee, the upsert keeps the latest time.
    await trx
      .insertInto('poll_submissions')
      .values({
        id: newId(),
        organisation_id: ctx.organisationId,
        poll_id: input.pollId,
        member_id: input.memberId,
        responded_at: at,
        via: input.via ?? 'staff',
      })
      .onConflict((oc) =>
        oc.columns(['poll_id', 'member_id']).doUpdateSet({ responded_at: at, via: input.via ?? 'staff' }),
      )
      .execute();
    await appendAuditEvent(trx, ctx, {
      action: 'poll.responded',
      entityKind: 'poll',
      entityId: input.pollId,
      oldValues: existing.length > 0 ? existing.map(toResponse) : null,
      newValues: { memberId: input.memberId, answers: input.answers },
    });
    return out.map(toResponse);
  });
}

export async function listPollResponses(
  db: Executor,
  organisationId: string,
  pollId: string,
): Promise<(PollResponseRecord & { memberName: string })[]> {
  const rows = await db
    .selectFrom('poll_responses as r')
    .innerJoin('members as m', 'm.id', 'r.member_id')
    .innerJoin('poll_questions as q', 'q.id', 'r.question_id')
    .selectAll('r')
    .select('m.name as member_name')
    .where('r.organisation_id', '=', organisationId)
    .where('r.poll_id', '=', pollId)
    .orderBy('m.name')
    .orderBy('q.position')
    .execute();
  return rows.map(({ member_name, ...r }) => ({
    ...toResponse(r as PollResponseRow),
    memberName: member_name,
  }));
}

/** Response rate: members who answered at least one question, of all active members. */
export async function pollResponseRate(
  db: Executor,
  organisationId: string,
  pollId: string,
): Promise<{ respondents: number; members: number; rate: number }> {
  const respondents = await db
    .selectFrom('poll_submissions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('poll_id', '=', pollId)
    .executeTakeFirstOrThrow();
  const members = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  const r = Number(respondents.n);
  const m = Number(members.n);
  return { respondents: r, members: m, rate: m === 0 ? 0 : Math.round((r / m) * 10000) / 10000 };
}

export type PollMember = {
  id: string;
  name: string;
  code: string;
  province: string | null;
  inhabitants: number | null;
  seats: number | null;
};

/** The active members a poll is for: all, or those of some provinces. */
export async function listPollAudience(
  db: Executor,
  organisationId: string,
  audience: PollAudience,
): Promise<PollMember[]> {
  let q = db
    .selectFrom('members')
    .select(['id', 'name', 'code', 'province', 'inhabitants', 'seats'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'active');
  if (audience.kind === 'provinces')
    q = q.where('province', 'in', audience.provinces.length ? audience.provinces : ['']);
  return q.orderBy('name').execute();
}

/** Who responded (one row per municipality) and when. */
export async function listPollSubmissions(
  db: Executor,
  organisationId: string,
  pollId: string,
): Promise<{ memberId: string; respondedAt: string; via: string }[]> {
  const rows = await db
    .selectFrom('poll_submissions')
    .select(['member_id', 'responded_at', 'via'])
    .where('organisation_id', '=', organisationId)
    .where('poll_id', '=', pollId)
    .execute();
  return rows.map((r) => ({ memberId: r.member_id, respondedAt: r.responded_at, via: r.via }));
}

/** Stores the hash of a personal link for a municipality (the invitation and each reminder carry their own). */
export async function createPollInvitation(
  trx: Executor,
  organisationId: string,
  input: { pollId: string; memberId: string; codeHash: string; at: string },
): Promise<void> {
  await trx
    .insertInto('poll_invitations')
    .values({
      id: newId(),
      organisation_id: organisationId,
      poll_id: input.pollId,
      member_id: input.memberId,
      code_hash: input.codeHash,
      created_at: input.at,
    })
    .execute();
}

/** The municipality a personal link belongs to. */
export async function findPollInvitation(
  db: Executor,
  organisationId: string,
  pollId: string,
  codeHash: string,
): Promise<{ memberId: string } | undefined> {
  const row = await db
    .selectFrom('poll_invitations')
    .select('member_id')
    .where('organisation_id', '=', organisationId)
    .where('poll_id', '=', pollId)
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  return row && { memberId: row.member_id };
}

/** The e-mail addresses of a member's own accounts (its clerk and representatives), enabled only. */
export async function listMemberContacts(
  db: Executor,
  organisationId: string,
  memberIds: string[],
): Promise<{ memberId: string; email: string; name: string | null }[]> {
  if (memberIds.length === 0) return [];
  const out: { memberId: string; email: string; name: string | null }[] = [];
  for (let i = 0; i < memberIds.length; i += 500) {
    const rows = await db
      .selectFrom('users')
      .select(['member_id', 'email', 'name'])
      .where('organisation_id', '=', organisationId)
      .where('role', '=', 'member')
      .where('disabled_at', 'is', null)
      .where('member_id', 'in', memberIds.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.member_id) out.push({ memberId: r.member_id, email: r.email, name: r.name });
  }
  return out;
}
