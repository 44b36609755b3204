import type { MotionStatus } from '../../domain/types.js';
import { formatDutchDate } from '../../domain/vocabulary/index.js';
import {
  addMotionClauses,
  addMotionPart,
  addPreAdvice,
  updateMotionPart,
} from '../../store/repositories/motion-extras.js';
import { createMotion, recordMotionTransition, updateMotion } from '../../store/repositories/motions.js';
import type { DemoContext, DemoMeeting } from './demo-context.js';
import { holdDemoVote } from './demo-votes.js';
import { addDays, at } from './prng.js';
import { MOTION_THEMES, type MotionTheme } from './texts.js';

/** What the demo remembers of a motion while it walks through the years. */
export type DemoMotion = {
  id: string;
  title: string;
  theme: MotionTheme;
  status: MotionStatus;
  meetingIndex: number;
  /** Date of adoption, when adopted. */
  adoptedOn: string | null;
  rounds: number;
};

export type MotionLedger = {
  motions: DemoMotion[];
  themeCursor: number;
  numbers: Map<number, number>;
  usedTitles: Set<string>;
};

export const newLedger = (): MotionLedger => ({
  motions: [],
  themeCursor: 0,
  numbers: new Map(),
  usedTitles: new Set(),
});

function nextTheme(
  d: DemoContext,
  ledger: MotionLedger,
  year: number,
): { theme: MotionTheme; title: string } {
  const theme = MOTION_THEMES[(ledger.themeCursor * 7 + d.rng.int(0, 2)) % MOTION_THEMES.length];
  ledger.themeCursor += 1;
  const title = ledger.usedTitles.has(theme.title) ? `${theme.title} (${year})` : theme.title;
  ledger.usedTitles.add(theme.title);
  return { theme, title };
}

async function submitMotion(
  d: DemoContext,
  ledger: MotionLedger,
  meeting: DemoMeeting,
  index: number,
  draft: boolean,
) {
  const date = meeting.record.date;
  const year = Number(date.slice(0, 4));
  const { theme, title } = nextTheme(d, ledger, year);
  const count = (ledger.numbers.get(year) ?? 0) + 1;
  ledger.numbers.set(year, count);
  const submitters = d.rng.sample(d.members, d.rng.int(1, 3)).map((m) => ({ memberId: m.id, name: m.name }));
  const body = [
    `De leden van de Vereniging van Nederlandse Gemeenten, in vergadering bijeen op ${formatDutchDate(date)},`,
    `constaterende dat ${theme.considering};`,
    'overwegende dat gemeenten hun taken alleen goed kunnen uitvoeren met voldoende middelen en ruimte;',
    `${theme.call},`,
    'en gaan over tot de orde van de dag.',
  ].join('\n\n');
  const motion = await createMotion(d.trx, d.ctx, {
    number: `${year}/${String(count).padStart(2, '0')}`,
    title,
    topic: theme.topic,
    call: theme.call,
    body,
    status: 'draft',
    andOthers: d.rng.chance(0.25),
    meetingId: meeting.record.id,
    agendaItemId: meeting.agenda.motions.id,
    submitters,
  });
  await addMotionClauses(d.trx, d.ctx, motion.id, [
    { section: 'preamble', kind: 'noting', text: `constaterende dat ${theme.considering};` },
    {
      section: 'preamble',
      kind: 'considering',
      text: 'overwegende dat gemeenten hun taken alleen goed kunnen uitvoeren met voldoende middelen en ruimte;',
    },
    {
      section: 'operative',
      kind: theme.call.startsWith('roept') ? 'calls-on' : 'requests',
      text: theme.call,
    },
  ]);
  const entry: DemoMotion = {
    id: motion.id,
    title,
    theme,
    status: 'draft',
    meetingIndex: index,
    adoptedOn: null,
    rounds: 0,
  };
  ledger.motions.push(entry);
  if (!draft) {
    await recordMotionTransition(d.trx, d.ctx, {
      motionId: motion.id,
      from: 'draft',
      to: 'submitted',
      at: at(addDays(date, -d.rng.int(14, 35)), 9),
      meetingId: meeting.record.id,
    });
    entry.status = 'submitted';
  }
  return entry;
}

type Plan =
  | { kind: 'withdraw' }
  | { kind: 'postpone' }
  | { kind: 'vote'; support: number; acclamation: boolean };

function planOutcome(d: DemoContext): Plan {
  const r = d.rng.next();
  if (r < 0.07) return { kind: 'withdraw' };
  if (r < 0.16) return { kind: 'postpone' };
  const support = d.rng.chance(0.8) ? 0.72 + d.rng.next() * 0.27 : 0.2 + d.rng.next() * 0.25;
  return { kind: 'vote', support, acclamation: support > 0.88 && d.rng.chance(0.5) };
}

const ADVICE_TEXT: Record<string, string> = {
  adopt: 'Het bestuur ondersteunt de strekking van de motie en stelt voor haar over te nemen.',
  'advise-against':
    'Het bestuur ontraadt de motie: de gevraagde inzet doorkruist lopende afspraken met het Rijk.',
  'assembly-judgement': 'Het bestuur laat het oordeel over de motie aan de vergadering.',
  postpone:
    'Het bestuur stelt voor de motie aan te houden tot de uitkomst van het bestuurlijk overleg bekend is.',
};

async function giveAdvice(d: DemoContext, motion: DemoMotion, meeting: DemoMeeting, plan: Plan) {
  const advice =
    plan.kind === 'postpone'
      ? 'postpone'
      : plan.kind === 'withdraw'
        ? 'assembly-judgement'
        : plan.support > 0.85
          ? 'adopt'
          : plan.support > 0.5
            ? 'assembly-judgement'
            : 'advise-against';
  await addPreAdvice(d.trx, d.ctx, {
    motionId: motion.id,
    advice,
    text: ADVICE_TEXT[advice],
    givenAt: at(addDays(meeting.record.date, -7), 15),
  });
}

async function decide(
  d: DemoContext,
  motion: DemoMotion,
  meeting: DemoMeeting,
  plan: Plan,
  storeBallots: boolean,
) {
  const date = meeting.record.date;
  if (plan.kind === 'withdraw' || plan.kind === 'postpone') {
    const to: MotionStatus = plan.kind === 'withdraw' ? 'withdrawn' : 'postponed';
    await recordMotionTransition(d.trx, d.ctx, {
      motionId: motion.id,
      from: motion.status,
      to,
      at: at(date, 13, 30),
      meetingId: meeting.record.id,
      reason:
        to === 'withdrawn'
          ? 'Ingetrokken door de indieners na de toezegging van het bestuur'
          : 'Aangehouden vóór stemming op verzoek van de indieners',
    });
    motion.status = to;
    return;
  }
  const vote = await holdDemoVote(d, {
    meeting,
    subject: `Motie ${motion.title}`,
    support: plan.support,
    acclamation: plan.acclamation,
    storeBallots,
    motionId: motion.id,
  });
  const to: MotionStatus = vote.result.outcome === 'adopted' ? 'adopted' : 'rejected';
  await recordMotionTransition(d.trx, d.ctx, {
    motionId: motion.id,
    from: motion.status,
    to,
    at: at(date, 15),
    meetingId: meeting.record.id,
    voteId: vote.voteId,
    voteResult: vote.text,
    votePercentage: vote.percentage,
    byAcclamation: vote.result.byAcclamation,
  });
  motion.status = to;
  if (to === 'adopted') motion.adoptedOn = date;
}

/** A motion voted in two parts: part 1 adopted, part 2 rejected; the motion counts as adopted. */
async function decideInParts(d: DemoContext, motion: DemoMotion, meeting: DemoMeeting) {
  const parts = [
    await addMotionPart(d.trx, d.ctx, motion.id, { number: 1, text: motion.theme.call }),
    await addMotionPart(d.trx, d.ctx, motion.id, {
      number: 2,
      text: 'verzoekt het bestuur hierover vóór de volgende ALV een ledenraadpleging te houden',
    }),
  ];
  const texts: string[] = [];
  let first: { voteId: string; percentage: number | null } | null = null;
  for (const [i, part] of parts.entries()) {
    const vote = await holdDemoVote(d, {
      meeting,
      subject: `Motie ${motion.title}, deel ${i + 1}`,
      support: i === 0 ? 0.9 : 0.25,
      storeBallots: true,
      motionId: motion.id,
      motionPartId: part.id,
      hour: 15,
    });
    await updateMotionPart(d.trx, d.ctx, part.id, {
      status: vote.result.outcome === 'adopted' ? 'adopted' : 'rejected',
      voteResult: vote.text,
      votePercentage: vote.percentage,
    });
    texts.push(`deel ${i + 1} ${vote.text}`);
    first ??= vote;
  }
  await recordMotionTransition(d.trx, d.ctx, {
    motionId: motion.id,
    from: motion.status,
    to: 'adopted',
    at: at(meeting.record.date, 15, 30),
    meetingId: meeting.record.id,
    voteId: first!.voteId,
    voteResult: texts.join('; '),
    votePercentage: first!.percentage,
    reason: 'In delen gestemd',
  });
  motion.status = 'adopted';
  motion.adoptedOn = meeting.record.date;
}

/** Motions postponed at an earlier meeting come back and are voted at this one. */
async function resubmitPostponed(d: DemoContext, ledger: MotionLedger, meeting: DemoMeeting, index: number) {
  for (const motion of ledger.motions.filter((m) => m.status === 'postponed' && m.meetingIndex < index)) {
    await recordMotionTransition(d.trx, d.ctx, {
      motionId: motion.id,
      from: 'postponed',
      to: 'submitted',
      at: at(addDays(meeting.record.date, -21), 9),
      meetingId: meeting.record.id,
      reason: 'Opnieuw geagendeerd',
    });
    await updateMotion(d.trx, d.ctx, motion.id, {
      meetingId: meeting.record.id,
      agendaItemId: meeting.agenda.motions.id,
    });
    motion.status = 'submitted';
    motion.meetingIndex = index;
    const plan: Plan = { kind: 'vote', support: 0.8, acclamation: false };
    await giveAdvice(d, motion, meeting, plan);
    await decide(d, motion, meeting, plan, meeting.record.date >= '2025-06-01');
  }
}

/** The motions of one meeting: submitted, advised and decided when it was held; still open when it lies ahead. */
export async function seedMeetingMotions(
  d: DemoContext,
  ledger: MotionLedger,
  meeting: DemoMeeting,
  index: number,
) {
  if (!meeting.held) {
    for (let i = 0; i < meeting.plan.motions; i++) {
      const motion = await submitMotion(d, ledger, meeting, index, i >= 3);
      if (i < 2) await giveAdvice(d, motion, meeting, planOutcome(d));
    }
    return;
  }
  await resubmitPostponed(d, ledger, meeting, index);
  const storeBallots = meeting.record.date >= '2025-06-01';
  for (let i = 0; i < meeting.plan.motions; i++) {
    const motion = await submitMotion(d, ledger, meeting, index, false);
    if (meeting.plan.key === 'alv25' && i === 0) {
      await giveAdvice(d, motion, meeting, { kind: 'vote', support: 0.6, acclamation: false });
      await decideInParts(d, motion, meeting);
      continue;
    }
    // The last meeting held keeps one motion postponed, so every status is present.
    const plan: Plan =
      meeting.plan.key === 'alv26' && i === 1
        ? { kind: 'postpone' }
        : meeting.plan.key === 'alv24' && i === 2
          ? { kind: 'withdraw' }
          : meeting.plan.key === 'nalv24' && i === 1
            ? { kind: 'vote', support: 0.3, acclamation: false }
            : planOutcome(d);
    await giveAdvice(d, motion, meeting, plan);
    await decide(d, motion, meeting, plan, storeBallots);
  }
}
