import type { PollQuestionKind } from '../../domain/poll-results.js';
import type { Clock } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import { hasOutboxMessage } from '../../store/repositories/outbox.js';
import {
  createPoll,
  createPollInvitation,
  getPoll,
  listMemberContacts,
  listPollAudience,
  listPollSubmissions,
  type PollAudience,
  type PollRecord,
  type PollWithQuestions,
  updatePoll,
} from '../../store/repositories/polls.js';
import { getResolution } from '../../store/repositories/resolutions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked, missing } from '../errors.js';
import type { MessageContent } from '../outbox/compose.js';
import { publicBaseUrl } from '../outbox/links.js';
import { hashToken, newToken, queueMessage } from '../outbox/queue-message.js';
import type { UseCase } from '../types.js';
import { pollClosingMessage, pollOpenedMessage } from './poll-messages.js';

export type PollContext = UseCase & { clock: Clock; organisationName: string; baseUrl?: string };
export type PollDraft = {
  title: string;
  description: string | null;
  closesOn: string;
  audience: PollAudience;
  publishPerMember: boolean;
  resolutionId: string | null;
  questions: { text: string; kind: PollQuestionKind; options: string[] }[];
};

const KINDS: PollQuestionKind[] = ['single-choice', 'multiple-choice', 'scale', 'open'];

/** Staff draft a poll with its questions; a scale without options runs from 1 to 5. */
export async function draftPoll(options: PollContext & { poll: PollDraft }): Promise<PollWithQuestions> {
  const { poll, writer } = options;
  if (!poll.title.trim()) throw invalid('titel', 'required', 'Vul de titel van de peiling in.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(poll.closesOn))
    throw invalid('sluitOp', 'invalid_date', 'Vul de sluitingsdatum in als datum, bijvoorbeeld 2026-12-15.');
  if (poll.questions.length === 0)
    throw invalid('vragen', 'required', 'Een peiling heeft ten minste één vraag.');
  poll.questions.forEach((q, i) => {
    if (!KINDS.includes(q.kind))
      throw invalid(`vragen.${i}.soort`, 'invalid_kind', `Vraag ${i + 1}: kies het soort vraag.`);
    if (!q.text.trim()) throw invalid(`vragen.${i}.tekst`, 'required', `Vraag ${i + 1}: vul de vraag in.`);
    if ((q.kind === 'single-choice' || q.kind === 'multiple-choice') && q.options.length < 2)
      throw invalid(
        `vragen.${i}.opties`,
        'too_few_options',
        `Vraag ${i + 1}: geef ten minste twee antwoordmogelijkheden.`,
      );
  });
  if (poll.audience.kind === 'provinces' && poll.audience.provinces.length === 0)
    throw invalid('doelgroep', 'required', 'Kies ten minste één provincie, of alle leden.');
  return inTransaction(options.db, async (trx) => {
    if (poll.resolutionId && !(await getResolution(trx, writer.organisationId, poll.resolutionId)))
      throw invalid('resolutie', 'unknown_resolution', 'Kies een bestaande resolutie.');
    return createPoll(trx, writer, {
      title: poll.title.trim(),
      description: poll.description,
      closesAt: `${poll.closesOn}T22:59:59.000Z`,
      status: 'draft',
      audience: poll.audience,
      publishPerMember: poll.publishPerMember,
      resolutionId: poll.resolutionId,
      questions: poll.questions.map((q) => ({
        text: q.text.trim(),
        kind: q.kind,
        options:
          q.kind === 'scale' && q.options.length === 0
            ? ['1', '2', '3', '4', '5']
            : q.kind === 'open'
              ? []
              : q.options,
      })),
    });
  });
}

export async function loadPoll(db: Executor, organisationId: string, id: string): Promise<PollWithQuestions> {
  const poll = await getPoll(db, organisationId, id);
  if (!poll) throw missing('Peiling', id);
  return poll;
}

/**
 * Sends each municipality of the audience its personal link, to every account of that municipality, as outbox
 * messages in this transaction. `onlyPending`: only municipalities that have not answered (the reminder).
 */
async function inviteMembers(
  trx: Executor,
  options: PollContext,
  poll: PollRecord,
  kind: 'poll.opened' | 'poll.closing',
  build: (poll: PollRecord, memberName: string, name: string | null, url: string) => MessageContent,
): Promise<number> {
  const { writer } = options;
  const org = writer.organisationId;
  const audience = await listPollAudience(trx, org, poll.audience);
  const answered = new Set(
    kind === 'poll.closing' ? (await listPollSubmissions(trx, org, poll.id)).map((s) => s.memberId) : [],
  );
  const pending = audience.filter((m) => !answered.has(m.id));
  const contacts = await listMemberContacts(
    trx,
    org,
    pending.map((m) => m.id),
  );
  const names = new Map(pending.map((m) => [m.id, m.name]));
  const at = options.clock.now().toISOString();
  const base = options.baseUrl ?? publicBaseUrl();
  let queued = 0;
  for (const c of contacts) {
    const key = `${kind}:${poll.id}:${c.email}`;
    if (await hasOutboxMessage(trx, org, key)) continue;
    const code = newToken();
    await createPollInvitation(trx, org, {
      pollId: poll.id,
      memberId: c.memberId,
      codeHash: hashToken(code),
      at,
    });
    const url = `${base}/peilingen/${poll.id}/antwoorden?code=${code}`;
    if (
      await queueMessage(trx, writer, {
        key,
        kind,
        category: 'poll',
        to: { email: c.email, name: c.name },
        content: build(poll, names.get(c.memberId)!, c.name, url),
        about: { kind: 'poll', id: poll.id },
        organisationName: options.organisationName,
        at,
        baseUrl: base,
      })
    )
      queued += 1;
  }
  return queued;
}

/** draft → open: the poll opens now and every municipality of the audience gets its personal link. */
export async function openPoll(
  options: PollContext & { pollId: string },
): Promise<{ poll: PollWithQuestions; invited: number }> {
  return inTransaction(options.db, async (trx) => {
    const poll = await loadPoll(trx, options.writer.organisationId, options.pollId);
    if (poll.status !== 'draft')
      throw locked('poll_not_draft', 'Alleen een peiling in voorbereiding kan worden geopend.');
    const opened = await updatePoll(trx, options.writer, poll.id, {
      status: 'open',
      opensAt: options.clock.now().toISOString(),
    });
    return {
      poll: opened,
      invited: await inviteMembers(trx, options, opened, 'poll.opened', pollOpenedMessage),
    };
  });
}

/** open → closed (also done by the scheduled job once the closing date has passed). */
export async function closePoll(options: PollContext & { pollId: string }): Promise<PollWithQuestions> {
  return inTransaction(options.db, async (trx) => {
    const poll = await loadPoll(trx, options.writer.organisationId, options.pollId);
    if (poll.status !== 'open') throw locked('poll_not_open', 'Deze peiling is niet open.');
    return updatePoll(trx, options.writer, poll.id, { status: 'closed' });
  });
}

/** The reminder a few days before closing, to the municipalities that have not answered (once per address). */
export async function remindPollClosing(options: PollContext & { pollId: string }): Promise<number> {
  return inTransaction(options.db, async (trx) => {
    const poll = await loadPoll(trx, options.writer.organisationId, options.pollId);
    if (poll.status !== 'open') return 0;
    return inviteMembers(trx, options, poll, 'poll.closing', pollClosingMessage);
  });
}
