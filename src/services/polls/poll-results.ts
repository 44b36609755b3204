import type { AppContext } from '../../app-context.js';
import {
  type Grouping,
  type GroupResult,
  type Respondent,
  responseRate,
  tallyPoll,
} from '../../domain/poll-results.js';
import type { VotingRule } from '../../domain/types.js';
import { computeMemberWeight } from '../../domain/vote-weights.js';
import {
  listPollAudience,
  listPollResponses,
  listPollSubmissions,
  type PollWithQuestions,
} from '../../store/repositories/polls.js';
import { toCsv } from '../exports/csv.js';
import { questionSpecs } from './respond-to-poll.js';

export type PollResults = {
  rate: { respondents: number; audience: number; percentage: number };
  groups: GroupResult[];
  weighted: boolean;
  grouping: Grouping;
  /** Answers per municipality, when the poll publishes them (or for staff). */
  perMember: { memberId: string; name: string; answers: Record<string, string> }[] | null;
};

const weightOf = (rule: unknown, m: { id: string; inhabitants: number | null; seats: number | null }) => {
  try {
    return computeMemberWeight({ member: m as never, rule: rule as VotingRule });
  } catch {
    return 1;
  }
};

const show = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

/** The results of a poll as the portal and the API show them: the response rate, and the tally per group. */
export async function pollResults(
  ctx: AppContext,
  poll: PollWithQuestions,
  options: { weighted: boolean; grouping: Grouping; includePerMember: boolean },
): Promise<PollResults> {
  const org = ctx.organisation.id;
  const [audience, submissions, responses] = await Promise.all([
    listPollAudience(ctx.db, org, poll.audience),
    listPollSubmissions(ctx.db, org, poll.id),
    listPollResponses(ctx.db, org, poll.id),
  ]);
  const byId = new Map(audience.map((m) => [m.id, m]));
  const rule = ctx.organisation.settings.votingRule;
  const respondents: Respondent[] = submissions
    .filter((s) => byId.has(s.memberId))
    .map((s) => {
      const m = byId.get(s.memberId)!;
      return {
        memberId: m.id,
        name: m.name,
        province: m.province,
        inhabitants: m.inhabitants,
        weight: weightOf(rule, m),
      };
    });
  const answers = responses.map((r) => ({ questionId: r.questionId, memberId: r.memberId, value: r.answer }));
  const groups = tallyPoll({
    questions: questionSpecs(poll),
    answers,
    respondents,
    weighted: options.weighted,
    grouping: options.grouping,
  });
  let perMember: PollResults['perMember'] = null;
  if (options.includePerMember) {
    const map = new Map<string, { memberId: string; name: string; answers: Record<string, string> }>();
    for (const r of responses) {
      if (!map.has(r.memberId))
        map.set(r.memberId, { memberId: r.memberId, name: r.memberName, answers: {} });
      map.get(r.memberId)!.answers[r.questionId] = show(r.answer);
    }
    perMember = [...map.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }
  return {
    rate: responseRate(respondents.length, audience.length),
    groups,
    weighted: options.weighted,
    grouping: options.grouping,
    perMember,
  };
}

/**
 * CSV: one row per responding municipality (code, name, province, inhabitants, weight, one column per question).
 * Without `withMembers` (a poll that does not publish its answers per municipality) a row keeps only the province
 * and the answers: the number of inhabitants names the municipality as surely as its name (and the weight, with the
 * province, the big cities), so both stay empty, and the rows are ordered by their answers, not by name.
 */
export async function pollCsv(
  ctx: AppContext,
  poll: PollWithQuestions,
  withMembers: boolean,
): Promise<string> {
  const org = ctx.organisation.id;
  const [audience, responses] = await Promise.all([
    listPollAudience(ctx.db, org, poll.audience),
    listPollResponses(ctx.db, org, poll.id),
  ]);
  const byId = new Map(audience.map((m) => [m.id, m]));
  const rows = new Map<string, (string | number | null)[]>();
  const rule = ctx.organisation.settings.votingRule;
  const index = new Map(poll.questions.map((q, i) => [q.id, i]));
  for (const r of responses) {
    const m = byId.get(r.memberId);
    if (!m) continue;
    if (!rows.has(m.id))
      rows.set(m.id, [
        withMembers ? m.code : null,
        withMembers ? m.name : null,
        m.province,
        withMembers ? m.inhabitants : null,
        withMembers ? weightOf(rule, m) : null,
        ...poll.questions.map(() => null),
      ]);
    rows.get(m.id)![5 + index.get(r.questionId)!] = show(r.answer);
  }
  // Anonymous rows: by province, then by the answers themselves (the responses come in order of name).
  const sortKey = (row: (string | number | null)[]) =>
    withMembers ? String(row[1] ?? '') : JSON.stringify(row.slice(5));
  const sorted = [...rows.values()].sort(
    (a, b) =>
      String(a[2] ?? '').localeCompare(String(b[2] ?? ''), 'nl') ||
      sortKey(a).localeCompare(sortKey(b), 'nl'),
  );
  return toCsv(
    [
      'CBS-code',
      'Gemeente',
      'Provincie',
      'Inwoners',
      'Stemgewicht',
      ...poll.questions.map((q) => `${q.position}. ${q.text}`),
    ],
    sorted,
  );
}
