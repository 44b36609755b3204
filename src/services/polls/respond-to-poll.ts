import { type Answer, checkAnswer, type QuestionSpec } from '../../domain/poll-results.js';
import type { Clock } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import { getMember } from '../../store/repositories/members.js';
import {
  findPollInvitation,
  listPollAudience,
  type PollWithQuestions,
  recordPollResponse,
} from '../../store/repositories/polls.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked, missing } from '../errors.js';
import { hashToken } from '../outbox/queue-message.js';
import type { UseCase } from '../types.js';
import { loadPoll } from './manage-poll.js';

export const questionSpecs = (poll: PollWithQuestions): QuestionSpec[] =>
  poll.questions.map((q) => ({
    id: q.id,
    text: q.text,
    kind: q.kind as QuestionSpec['kind'],
    options: q.options,
  }));

/** The municipality a personal link stands for, or undefined when the code is unknown. */
export async function memberOfLink(
  db: Executor,
  organisationId: string,
  pollId: string,
  code: string,
): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(code)) return undefined;
  return (await findPollInvitation(db, organisationId, pollId, hashToken(code)))?.memberId;
}

/** Whether the poll takes answers now: open, and its closing moment not passed. */
export function acceptsAnswers(poll: PollWithQuestions, clock: Clock): boolean {
  return poll.status === 'open' && (!poll.closesAt || clock.now().toISOString() <= poll.closesAt);
}

/**
 * A municipality answers (through its personal link or its signed-in account). One response per municipality:
 * answering again replaces the earlier answers while the poll is open; the audit trail keeps them.
 */
export async function respondToPoll(
  options: UseCase & {
    clock: Clock;
    pollId: string;
    memberId: string;
    answers: Record<string, Answer['value'] | undefined>;
    via: 'link' | 'workspace' | 'staff';
  },
): Promise<void> {
  const { writer } = options;
  const org = writer.organisationId;
  await inTransaction(options.db, async (trx) => {
    const poll = await loadPoll(trx, org, options.pollId);
    if (!acceptsAnswers(poll, options.clock))
      throw locked('poll_closed', 'Deze peiling is gesloten; antwoorden kan niet meer.');
    const member = await getMember(trx, org, options.memberId);
    if (!member) throw missing('Lid', options.memberId);
    const audience = await listPollAudience(trx, org, poll.audience);
    if (!audience.some((m) => m.id === member.id))
      throw locked('not_in_audience', `${member.name} hoort niet bij de doelgroep van deze peiling.`);
    const answers: { questionId: string; answer: Answer['value'] }[] = [];
    for (const q of questionSpecs(poll)) {
      const value = options.answers[q.id];
      const problem = checkAnswer(q, value);
      if (problem) throw invalid(`vraag-${q.id}`, 'invalid_answer', problem);
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      answers.push({ questionId: q.id, answer: value });
    }
    if (answers.length === 0) throw invalid('antwoorden', 'required', 'Beantwoord ten minste één vraag.');
    await recordPollResponse(trx, writer, {
      pollId: poll.id,
      memberId: member.id,
      answers,
      respondedAt: options.clock.now().toISOString(),
      via: options.via,
    });
  });
}
