import {
  type AccountabilityRoundChanges,
  createAccountabilityEntry,
  createAccountabilityRound,
  listAccountabilityRounds,
  listRoundEntries,
  updateAccountabilityRound,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { listLettersOfDate } from '../../store/repositories/letters.js';
import { listAgendaItems } from '../../store/repositories/meetings.js';
import type { LetterReference } from '../recognisers/report-intro.js';
import { type FileAnalysis, isAssemblyKind } from '../types.js';
import { type ImportContext, momentOf } from './import-context.js';
import { titleSimilarity } from './motion-match.js';
import { storeMotion } from './store-motion.js';

/** "Aangehouden moties …": the motion was held at an earlier round. */
const HELD_GROUP = /^aangehouden\b/i;

/**
 * The letter the report was an attachment to: a letter of that date whose subject (or Lbr number)
 * matches the reference; with no subject to compare, the only letter of that date. Never created.
 */
async function letterFor(ic: ImportContext, reference: LetterReference | null): Promise<string | null> {
  if (!reference?.date) return null;
  const letters = await listLettersOfDate(ic.trx, ic.writer.organisationId, reference.date);
  const { subject, number } = reference;
  const match =
    (subject ? letters.find((letter) => titleSimilarity(letter.subject, subject) >= 0.6) : undefined) ??
    (number ? letters.find((letter) => letter.number?.replace(/^lbr\.?\s*/i, '') === number) : undefined) ??
    (!subject && !number && letters.length === 1 ? letters[0] : undefined);
  return match?.id ?? null;
}

/** The agenda item of the meeting with the report's number ("11."), when the meeting has one. */
async function agendaItemFor(ic: ImportContext, meetingId: string, number: unknown): Promise<string | null> {
  if (typeof number !== 'string' || number === '') return null;
  const items = await listAgendaItems(ic.trx, ic.writer.organisationId, meetingId);
  return items.find((item) => item.number.replace(/[.)\s]+$/, '') === number)?.id ?? null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The round for the meeting the report is for, with the report's summary, its proposal to the members,
 * the letter it was sent with and its agenda item. An existing round only gets what it lacks.
 */
async function roundFor(
  ic: ImportContext,
  analysis: FileAnalysis,
): Promise<{ id: string; created: boolean; decided: boolean } | null> {
  const meetingId = await ic.meetingId(analysis.meeting);
  if (!meetingId) return null;
  const details = {
    summary: text(analysis.summary),
    proposalText: text(analysis.proposalText),
    letterId: await letterFor(ic, (analysis.letterReference as LetterReference | null | undefined) ?? null),
    agendaItemId: await agendaItemFor(ic, meetingId, analysis.agendaItem),
  };
  const existing = (await listAccountabilityRounds(ic.trx, ic.writer.organisationId, { meetingId })).items[0];
  if (existing) {
    const changes: AccountabilityRoundChanges = {};
    for (const key of ['summary', 'proposalText', 'letterId', 'agendaItemId'] as const) {
      if (existing[key] === null && details[key] !== null) changes[key] = details[key];
    }
    if (Object.keys(changes).length > 0)
      await updateAccountabilityRound(ic.trx, ic.writer, existing.id, changes);
    return { id: existing.id, created: false, decided: existing.status === 'decided' };
  }
  const round = await createAccountabilityRound(ic.trx, ic.writer, {
    meetingId,
    title: analysis.title ?? 'Verantwoording over uitvoering moties',
    status: 'open',
    openedAt: momentOf(analysis.date ?? analysis.meeting?.date),
    ...details,
  });
  ic.count('accountabilityRounds');
  return { id: round.id, created: true, decided: false };
}

/** The motions whose entry in the round the assembly has decided on: that decision stands. */
async function decidedMotions(ic: ImportContext, roundId: string): Promise<Set<string>> {
  const entries = await listRoundEntries(ic.trx, ic.writer.organisationId, roundId);
  return new Set(entries.filter((entry) => entry.decision !== null).map((entry) => entry.motionId));
}

/**
 * An accountability report: its motions (matched or created, adopted at their meeting, held when
 * listed under "Aangehouden"), and a round for the meeting the report is for with an entry per motion:
 * the accountability text and the board's proposal (hold, settle, or conditional with its condition).
 */
export async function storeAccountabilityReport(ic: ImportContext, analysis: FileAnalysis): Promise<void> {
  const round = await roundFor(ic, analysis);
  const roundId = round?.id ?? null;
  // The motions entered in the round by this report: in a round the report created, a motion named for the first
  // time has no entry yet (created without reading the round's entries); named again, its entry is updated.
  const entered = new Set<string>();
  // A monitor entry of a council (its meeting is another body's) keeps its state of affairs on the motion.
  const otherBody = analysis.meeting?.kind != null && !isAssemblyKind(analysis.meeting.kind);
  if (!roundId && analysis.motions.length > 0 && !otherBody) {
    ic.warn(
      'no-round: Het verslag noemt geen vergadering met datum; de verantwoording is niet als ronde opgeslagen.',
    );
  }
  // What the assembly decided stands: another copy of the report (a PDF of it, a later edition) leaves a
  // decided entry as it is. A motion the round lacked still gets the report's text and proposal (the board's
  // words are the archive's), without a decision, and staff are told.
  const decided = round && !round.created ? await decidedMotions(ic, round.id) : new Set<string>();
  let untouched = 0;
  let addedToDecided = 0;
  // A motion listed as held was held before the report: as known on the report's date (else its meeting's).
  const statusDate = analysis.date ?? analysis.meeting?.date ?? null;
  for (const [index, record] of analysis.motions.entries()) {
    const held = HELD_GROUP.test(record.group ?? '');
    const { id } = await storeMotion(ic, record, {
      meeting: null,
      held,
      statusDate,
      inRound: roundId !== null,
    });
    if (!roundId) continue;
    if (decided.has(id)) {
      untouched++;
      continue;
    }
    if (round?.decided) addedToDecided++;
    const input = {
      roundId,
      motionId: id,
      text: record.accountability,
      proposal: record.proposal,
      condition: record.condition ?? null,
      groupLabel: record.group ?? null,
      position: index + 1,
    };
    const entry =
      round?.created && !entered.has(id)
        ? await createAccountabilityEntry(ic.trx, ic.writer, input)
        : await upsertAccountabilityEntry(ic.trx, ic.writer, input);
    entered.add(id);
    ic.count('accountabilityEntries');
    ic.trace('accountability-entry', entry.id, record.source);
  }
  if (untouched > 0)
    ic.warn(
      `decided: Over de verantwoording van ${untouched === 1 ? '1 motie' : `${untouched} moties`} in deze ronde heeft de vergadering al besloten; die is niet gewijzigd.`,
    );
  if (addedToDecided > 0)
    ic.warn(
      `decided: De vergadering heeft over deze ronde al besloten; ${addedToDecided === 1 ? '1 verantwoording' : `${addedToDecided} verantwoordingen`} uit het verslag ${addedToDecided === 1 ? 'is' : 'zijn'} toegevoegd zonder besluit.`,
    );
}
