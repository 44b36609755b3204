import type { AccountabilityDecision, AccountabilityProposal } from '../../domain/types.js';
import { formatDutchDate } from '../../domain/vocabulary/index.js';
import {
  approveAccountabilityEntry,
  createAccountabilityRound,
  recordAccountabilityDecision,
  updateAccountabilityRound,
  upsertAccountabilityEntry,
} from '../../store/repositories/accountability.js';
import { recordMotionTransition } from '../../store/repositories/motions.js';
import type { DemoContext, DemoMeeting } from './demo-context.js';
import { createDemoLetter } from './demo-letters.js';
import type { DemoMotion, MotionLedger } from './demo-motions.js';
import { addDays, at } from './prng.js';
import { HOLD_TEXTS, SETTLE_TEXTS } from './texts.js';

const CONDITION = 'aanhouden, tenzij het akkoord over de financiering vóór de vergadering is ondertekend';
const BOARD = { id: null, label: 'bestuur (demo)' };

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
  meetings: DemoMeeting[],
): Promise<void> {
  const date = meeting.record.date;
  const open = ledger.motions.filter(
    (m) => (m.status === 'adopted' || m.status === 'held') && m.adoptedOn !== null && m.adoptedOn < date,
  );
  if (open.length === 0) return;
  const round = await createAccountabilityRound(d.trx, d.ctx, {
    meetingId: meeting.record.id,
    agendaItemId: meeting.agenda.accountability?.id ?? null,
    title: `Verantwoording over uitvoering moties – ${meeting.record.title}`,
    summary: `Het bestuur legt verantwoording af over ${open.length} moties die nog openstaan.`,
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
    const adoptedAt = meetings[motion.meetingIndex].record;
    const entry = await upsertAccountabilityEntry(d.trx, d.ctx, {
      roundId: round.id,
      motionId: motion.id,
      groupLabel: `Moties aangenomen tijdens de ${adoptedAt.title} (${formatDutchDate(adoptedAt.date)})`,
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
    body: `Geacht college en gemeenteraad,\n\nIn deze brief legt het bestuur verantwoording af over de uitvoering van ${open.length} moties die de ledenvergadering eerder heeft aangenomen. Per motie staat aangegeven wat er is gedaan en wat het bestuur voorstelt.`,
    attachments: [
      {
        title: 'Verantwoording over uitvoering moties',
        filename: `verantwoording-${meeting.plan.key}.txt`,
        kind: 'accountability-report',
        text: proposals.map((p) => `${p.motion.title}\nVoorstel: ${p.proposal}`).join('\n\n'),
      },
    ],
  });
  await updateAccountabilityRound(d.trx, d.ctx, round.id, { letterId: letter.id, status: 'approved' });
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
  await updateAccountabilityRound(d.trx, d.ctx, round.id, { status: 'decided' });
}
