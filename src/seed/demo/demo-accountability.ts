import { meetingMoment } from '../../domain/index.js';
import type { AccountabilityDecision, AccountabilityProposal } from '../../domain/types.js';
import { checkRoundCompleteness } from '../../services/accountability/round-completeness.js';
import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import {
  approveAccountabilityEntry,
  createAccountabilityRound,
  listAccountabilityRounds,
  listRoundEntries,
  listRoundsInMeetingOrder,
  recordAccountabilityDecision,
  updateAccountabilityRound,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { listMotionTransitions, recordMotionTransition } from '../../store/repositories/motions.js';
import type { OrganisationRecord } from '../../store/repositories/organisations.js';
import { inTransaction } from '../../store/transaction.js';
import type { DemoContext, DemoMeeting } from './demo-context.js';
import { createDemoLetter } from './demo-letters.js';
import type { DemoMotion, MotionLedger } from './demo-motions.js';
import { addDays, at, createRng } from './prng.js';
import { DEMO_ACTOR, DEMO_SEED } from './seed-demo.js';
import { HOLD_TEXTS, SETTLE_TEXTS } from './texts.js';

const CONDITION = 'aanhouden, tenzij het akkoord over de financiering vóór de vergadering is ondertekend';
const BOARD = { id: null, label: 'bestuur (demo)' };
/** "Voorstel: …" as the bureau writes it, never the code's value. */
const PROPOSAL_WORDING: Record<string, string> = { hold: 'Aanhouden', settle: 'Als afgedaan te beschouwen' };

function propose(
  d: DemoContext,
  motion: DemoMotion,
): { proposal: AccountabilityProposal; condition: string | null; text: string } {
  const settle = motion.rounds >= 2 ? d.rng.chance(0.75) : d.rng.chance(0.4);
  if (!settle && d.rng.chance(0.15))
    return { proposal: 'conditional', condition: CONDITION, text: d.rng.pick(HOLD_TEXTS) };
  return settle
    ? { proposal: 'settle', condition: null, text: d.rng.pick(SETTLE_TEXTS) }
    : { proposal: 'hold', condition: null, text: d.rng.pick(HOLD_TEXTS) };
}

/**
 * One accountability round at `meeting` for every motion adopted or held before it: entries written by staff,
 * approved by the board, sent with a member letter, and (when the meeting was held) decided by the assembly.
 */
export async function seedAccountabilityRound(
  d: DemoContext,
  ledger: MotionLedger,
  meeting: DemoMeeting,
): Promise<void> {
  const date = meeting.record.date;
  const open = ledger.motions.filter(
    (m) => (m.status === 'adopted' || m.status === 'held') && m.adoptedOn !== null && m.adoptedOn < date,
  );
  if (open.length === 0) return;
  const round = await createAccountabilityRound(d.trx, d.ctx, {
    meetingId: meeting.record.id,
    agendaItemId: meeting.agenda.accountability?.id ?? null,
    title: 'Verantwoording over uitvoering moties',
    // No numbers: the report counts the motions itself, from the entries.
    summary:
      'Hierbij legt het bestuur verantwoording af over de uitvoering van de moties die de ledenvergadering eerder heeft aangenomen en die nog openstaan. Bij iedere motie is aangegeven of het bestuur voorstelt de motie af te doen of langer aan te houden.',
    proposalText:
      'Het bestuur stelt de leden voor de moties zoals per motie aangegeven aan te houden dan wel als afgedaan te beschouwen.',
    openedAt: at(addDays(date, -49), 9),
  });
  const proposals: {
    motion: DemoMotion;
    entryId: string;
    proposal: AccountabilityProposal;
    approved: boolean;
  }[] = [];
  for (const motion of open) {
    const p = propose(d, motion);
    const entry = await upsertAccountabilityEntry(d.trx, d.ctx, {
      roundId: round.id,
      motionId: motion.id,
      text: `${motion.theme.topic}. ${p.text}`,
      proposal: p.proposal,
      condition: p.condition,
    });
    const approved = meeting.held || d.rng.chance(0.6);
    if (approved)
      await approveAccountabilityEntry(
        d.trx,
        { ...d.ctx, actor: BOARD },
        entry.id,
        at(addDays(date, -30), 16),
      );
    proposals.push({ motion, entryId: entry.id, proposal: p.proposal, approved });
  }
  if (!meeting.held) return;

  const letter = await createDemoLetter(d, {
    date: addDays(date, -28),
    subject: `Verantwoording over uitvoering moties ${meeting.record.title}`,
    body: 'Geacht college en gemeenteraad,\n\nIn deze brief legt het bestuur verantwoording af over de uitvoering van de moties die de ledenvergadering eerder heeft aangenomen. Per motie staat aangegeven wat er is gedaan en wat het bestuur voorstelt.',
    attachments: [
      {
        title: 'Verantwoording over uitvoering moties',
        filename: `verantwoording-${meeting.plan.key}.txt`,
        kind: 'accountability-report',
        text: proposals
          .map((p) => `${p.motion.title}\nVoorstel: ${PROPOSAL_WORDING[p.proposal] ?? CONDITION}`)
          .join('\n\n'),
      },
    ],
  });
  await updateAccountabilityRound(d.trx, d.ctx, round.id, {
    letterId: letter.id,
    status: 'approved',
    reportDate: addDays(date, -28),
  });
  for (const p of proposals) {
    const decision: AccountabilityDecision = p.proposal === 'settle' ? 'settled' : 'held';
    const decidedAt = at(date, 11, 15);
    await recordAccountabilityDecision(d.trx, d.ctx, { entryId: p.entryId, decision, decidedAt });
    await recordMotionTransition(d.trx, d.ctx, {
      motionId: p.motion.id,
      from: p.motion.status,
      to: decision,
      at: decidedAt,
      meetingId: meeting.record.id,
      roundId: round.id,
      reason: decision === 'settled' ? 'Afgedaan bij de verantwoording' : 'Aangehouden bij de verantwoording',
    });
    p.motion.status = decision;
    p.motion.rounds += 1;
  }
  const share = 90 + d.rng.int(0, 899) / 100;
  await updateAccountabilityRound(d.trx, d.ctx, round.id, {
    status: 'decided',
    decidedOn: date,
    voteResult: `aangenomen met ${share.toFixed(2).replace('.', ',')}%`,
    votePercentage: share,
  });
}

/**
 * A round of `meeting` that no member letter presents yet goes with `letter`, the letter that announces the
 * meeting and its agenda: so its report cover names the letter (Lbr. number and date) and is dated by it.
 */
export async function linkRoundsToLetter(
  d: DemoContext,
  meeting: DemoMeeting,
  letter: { id: string },
): Promise<void> {
  const rounds = await listAccountabilityRounds(d.trx, d.ctx.organisationId, {
    meetingId: meeting.record.id,
  });
  for (const round of rounds.items)
    if (round.letterId === null)
      await updateAccountabilityRound(d.trx, d.ctx, round.id, { letterId: letter.id });
}

/**
 * After the bundled documents were imported: the archive's report (seed 003) added entries with the board's
 * proposals to a round the demo had already decided, and its motions are open. So that the demo is one
 * history, in meeting order: every decided round decides its imported entries as proposed (a conditional one
 * is held) and takes in the open motions it lacked (held when a later round still accounts for them); then
 * the coming round takes in every open motion it lacks, with a text and proposal staff wrote. All dated by
 * the meetings, as the assembly would have decided.
 */
export async function completeDemoRounds(db: Executor, organisation: OrganisationRecord): Promise<number> {
  const ctx: WriteContext = { organisationId: organisation.id, actor: DEMO_ACTOR };
  const rng = createRng(DEMO_SEED + 11);
  return inTransaction(db, async (trx) => {
    let added = 0;
    const rounds = await listRoundsInMeetingOrder(trx, organisation.id);
    for (const round of rounds) {
      const meeting = (await getMeeting(trx, organisation.id, round.meetingId))!;
      const { missing } = await checkRoundCompleteness({
        db: trx,
        organisationId: organisation.id,
        roundId: round.id,
      });
      if (round.status !== 'decided') {
        for (const motion of missing) {
          const p = rng.chance(0.5) ? 'settle' : 'hold';
          await upsertAccountabilityEntry(trx, ctx, {
            roundId: round.id,
            motionId: motion.id,
            text: rng.pick(p === 'settle' ? SETTLE_TEXTS : HOLD_TEXTS),
            proposal: p,
          });
          added += 1;
        }
        continue;
      }
      const laterEntries = new Set<string>();
      for (const later of rounds.filter((r) => r.meetingDate > round.meetingDate))
        for (const e of await listRoundEntries(trx, organisation.id, later.id)) laterEntries.add(e.motionId);
      const decidedAt = meetingMoment(meeting);
      // A motion whose imported history already runs past this meeting (the report of May 2025 found it held)
      // is not decided here again, dated before that step: its history stays in the order it happened.
      const fits: typeof missing = [];
      for (const motion of missing) {
        const steps = await listMotionTransitions(trx, motion.id);
        if (steps.every((step) => step.at <= decidedAt)) fits.push(motion);
      }
      for (const motion of fits) {
        const p = laterEntries.has(motion.id) || rng.chance(0.5) ? 'hold' : 'settle';
        await upsertAccountabilityEntry(trx, ctx, {
          roundId: round.id,
          motionId: motion.id,
          text: rng.pick(p === 'settle' ? SETTLE_TEXTS : HOLD_TEXTS),
          proposal: p,
        });
        added += 1;
      }
      for (const entry of await listRoundEntries(trx, organisation.id, round.id)) {
        if (entry.decision !== null) continue;
        const decision = entry.proposal === 'settle' ? 'settled' : 'held';
        await approveAccountabilityEntry(trx, { ...ctx, actor: BOARD }, entry.id, decidedAt);
        await recordAccountabilityDecision(trx, ctx, { entryId: entry.id, decision, decidedAt });
        await recordMotionTransition(trx, ctx, {
          motionId: entry.motionId,
          from: entry.motion.status,
          to: decision,
          at: decidedAt,
          meetingId: meeting.id,
          roundId: round.id,
          reason:
            decision === 'settled' ? 'Afgedaan bij de verantwoording' : 'Aangehouden bij de verantwoording',
        });
      }
    }
    return added;
  });
}
