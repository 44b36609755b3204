import { allowedNextStatuses, type MotionStatus } from '../../domain/index.js';
import type { VoteResult } from '../types.js';

const STATUS_OF_RESULT: Record<VoteResult, MotionStatus> = {
  aangenomen: 'adopted',
  verworpen: 'rejected',
  ingetrokken: 'withdrawn',
  aangehouden: 'postponed',
  afgedaan: 'settled',
};

/** The status a document says a motion reached: its result, else adopted at a meeting, held, settled. */
export function targetStatus(options: {
  result: VoteResult | null;
  adopted: boolean;
  held: boolean;
  submitted: boolean;
}): MotionStatus {
  if (options.held && (options.adopted || options.result === 'aangenomen')) return 'held';
  if (options.result) return STATUS_OF_RESULT[options.result];
  if (options.adopted) return 'adopted';
  return options.submitted ? 'submitted' : 'draft';
}

/**
 * The legal steps from one status to another (shortest path over the domain's lifecycle), or null
 * when the lifecycle does not lead there (the register already knows better: no change).
 */
export function statusPath(from: MotionStatus, to: MotionStatus): MotionStatus[] | null {
  if (from === to) return [];
  const previous = new Map<MotionStatus, MotionStatus>();
  const queue: MotionStatus[] = [from];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of allowedNextStatuses(current)) {
      if (previous.has(next) || next === from) continue;
      previous.set(next, current);
      if (next === to) {
        const path: MotionStatus[] = [to];
        for (let step = current; step !== from; step = previous.get(step)!) path.unshift(step);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}
