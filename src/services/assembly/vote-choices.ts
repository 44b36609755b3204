import { preAdvice } from '../../domain/vocabulary/index.js';
import type { Executor } from '../../store/database.js';
import { listAccountabilityRounds } from '../../store/repositories/accountability.js';
import { listAmendmentsOfTargets, listPreAdvicesOfMotions } from '../../store/repositories/motion-extras.js';
import { listMotions, listPartsOfMotions } from '../../store/repositories/motions.js';
import { listResolutions } from '../../store/repositories/resolutions.js';

/** A choice of the chair's console: its form value and how the console names it. */
export type VoteChoice = { value: string; label: string };

/** The meeting's submitted motions a vote can be opened on, by title, labelled "{number}. {title}". */
export async function submittedMotionChoices(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<{ id: string; label: string }[]> {
  const { items } = await listMotions(
    db,
    organisationId,
    { meetingId, status: ['submitted'] },
    { limit: 500, offset: 0 },
    'title',
  );
  return items.map((m) => ({ id: m.id, label: m.number ? `${m.number}. ${m.title}` : m.title }));
}

/**
 * What a vote can be opened on, in agenda order per motion: a submitted motion of the meeting, its pending
 * parts, its submitted amendments, the board's current pre-advice (not "oordeel vergadering"); a resolution
 * not yet decided and its amendments; the meeting's approved accountability round as a whole. Values:
 * m:{motion}, p:{motion}:{part}, a:{amendment}, v:{pre-advice}, r:{resolution}, o:{round}.
 */
export async function voteChoices(
  db: Executor,
  organisationId: string,
  meetingId: string,
): Promise<VoteChoice[]> {
  const org = organisationId;
  const choices: VoteChoice[] = [];
  const motions = await submittedMotionChoices(db, org, meetingId);
  // The agenda's parts, amendments and pre-advices in one read each, not three for every motion.
  const ids = motions.map((m) => m.id);
  const parts = await listPartsOfMotions(db, ids);
  const amendments = await listAmendmentsOfTargets(db, org, 'motion', ids);
  const advices = await listPreAdvicesOfMotions(db, org, ids);
  for (const m of motions) {
    const label = m.label;
    choices.push({ value: `m:${m.id}`, label });
    for (const part of parts.get(m.id) ?? [])
      if (part.status === 'pending')
        choices.push({ value: `p:${m.id}:${part.id}`, label: `${label}, deel ${part.number}` });
    for (const a of amendments.get(m.id) ?? [])
      if (a.status === 'submitted')
        choices.push({ value: `a:${a.id}`, label: `Amendement ${a.title} op ${label}` });
    const advice = advices.get(m.id)?.at(-1);
    if (advice && advice.advice !== 'assembly-judgement')
      choices.push({
        value: `v:${advice.id}`,
        label: `Preadvies ${preAdvice.label(advice.advice).toLowerCase()} bij ${label}`,
      });
  }
  const resolutions = await listResolutions(
    db,
    org,
    { meetingId, status: ['draft', 'published'] },
    { limit: 200, offset: 0 },
    'title',
  );
  const onResolutions = await listAmendmentsOfTargets(
    db,
    org,
    'resolution',
    resolutions.items.map((r) => r.id),
  );
  for (const r of resolutions.items) {
    choices.push({ value: `r:${r.id}`, label: `Resolutie: ${r.title}` });
    for (const a of onResolutions.get(r.id) ?? [])
      if (a.status === 'submitted')
        choices.push({ value: `a:${a.id}`, label: `Amendement ${a.title} op resolutie ${r.title}` });
  }
  const rounds = await listAccountabilityRounds(
    db,
    org,
    { meetingId, status: ['approved'] },
    { limit: 20, offset: 0 },
    'title',
  );
  for (const round of rounds.items)
    choices.push({ value: `o:${round.id}`, label: `Verantwoording als geheel: ${round.title}` });
  return choices;
}

/** What a vote on a choice is about, for prepareVote: the record named by its value (voteChoices). */
export function subjectOfChoice(
  value: string,
):
  | { motionId: string; motionPartId?: string }
  | { resolutionId: string }
  | { amendmentId: string }
  | { preAdviceId: string }
  | { roundId: string } {
  const [kind, id, part] = value.split(':');
  switch (kind) {
    case 'r':
      return { resolutionId: id };
    case 'p':
      return { motionId: id, motionPartId: part };
    case 'a':
      return { amendmentId: id };
    case 'v':
      return { preAdviceId: id };
    case 'o':
      return { roundId: id };
    default:
      return { motionId: id };
  }
}
