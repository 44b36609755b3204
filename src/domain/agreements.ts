import { daysBetween } from './dates.js';
import { illegalTransition } from './errors.js';
import type { AgreementKind, AgreementStatus, IsoDate } from './types.js';

/** The facts of an agreement the rules read; a stored agreement record has them all. */
export type AgreementFacts = { status: AgreementStatus; dueDate: IsoDate | null; kind?: AgreementKind };

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = [
  'open',
  'fulfilled',
  'partly-fulfilled',
  'broken',
  'withdrawn',
];

/** An agreement is judged once; a later change of heart is a new agreement, not an edit. */
const NEXT: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  open: ['fulfilled', 'partly-fulfilled', 'broken', 'withdrawn'],
  fulfilled: [],
  'partly-fulfilled': [],
  broken: [],
  withdrawn: [],
};

export function allowedNextAgreementStatuses(status: AgreementStatus): readonly AgreementStatus[] {
  return NEXT[status];
}

export function transitionAgreement<A extends AgreementFacts>(options: {
  agreement: A;
  to: AgreementStatus;
  on: IsoDate;
}): A {
  const { agreement, to } = options;
  if (!NEXT[agreement.status].includes(to)) {
    throw illegalTransition({
      entity: 'agreement',
      current: agreement.status,
      to,
      allowed: NEXT[agreement.status],
    });
  }
  daysBetween(options.on, options.on); // validates the date
  return { ...agreement, status: to };
}

/** Overdue is derived, never stored: open and past its due date ("uiterlijk 14 april" is still on time on 14 April). */
export function isOverdue(agreement: AgreementFacts, today: IsoDate): boolean {
  return daysOverdue(agreement, today) > 0;
}

/** Days an open agreement is past its due date; a deadline a letter set its readers is never overdue. */
export function daysOverdue(agreement: AgreementFacts, today: IsoDate): number {
  if (agreement.status !== 'open' || agreement.dueDate === null || agreement.kind === 'deadline') return 0;
  return Math.max(0, daysBetween(agreement.dueDate, today));
}

export type ConditionState = 'triggered' | 'at-risk' | 'pending' | 'not-triggered';

/**
 * State of a resolution clause conditional on this agreement ("als het kabinet … niet nakomt"):
 * broken triggers it; partly fulfilled also triggers it, because the promise was not kept in full;
 * open and overdue is at risk; fulfilled or withdrawn means the condition will not fire.
 */
export function conditionState(agreement: AgreementFacts, today: IsoDate): ConditionState {
  switch (agreement.status) {
    case 'broken':
    case 'partly-fulfilled':
      return 'triggered';
    case 'open':
      return isOverdue(agreement, today) ? 'at-risk' : 'pending';
    default:
      return 'not-triggered';
  }
}
