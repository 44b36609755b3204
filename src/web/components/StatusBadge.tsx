import type { AgreementStatus, MotionPartStatus, MotionStatus } from '../../domain/types.js';
import { agreementStatus, motionPartStatus, motionStatus } from '../../domain/vocabulary/index.js';

type Tone = 'positive' | 'negative' | 'neutral' | 'open' | 'warning';

const MOTION_TONES: Record<MotionStatus, Tone> = {
  draft: 'neutral',
  submitted: 'open',
  withdrawn: 'neutral',
  postponed: 'warning',
  adopted: 'positive',
  rejected: 'negative',
  held: 'open',
  settled: 'neutral',
};

const PART_TONES: Record<MotionPartStatus, Tone> = {
  pending: 'neutral',
  adopted: 'positive',
  rejected: 'negative',
  postponed: 'warning',
  withdrawn: 'neutral',
};

const AGREEMENT_TONES: Record<AgreementStatus, Tone> = {
  open: 'open',
  fulfilled: 'positive',
  'partly-fulfilled': 'warning',
  broken: 'negative',
  withdrawn: 'neutral',
};

/** A text badge: the colour is decoration, the word carries the meaning. */
export function Badge({ tone, children }: { tone: Tone; children: string }) {
  return <span className={`mm-badge mm-badge--${tone}`}>{children}</span>;
}

export function MotionStatusBadge({ status }: { status: MotionStatus }) {
  return <Badge tone={MOTION_TONES[status] ?? 'neutral'}>{motionStatus.label(status)}</Badge>;
}

/** The result of one part of a motion voted in parts. */
export function PartStatusBadge({ status }: { status: MotionPartStatus }) {
  return <Badge tone={PART_TONES[status] ?? 'neutral'}>{motionPartStatus.label(status)}</Badge>;
}

export function AgreementStatusBadge({ status, overdue }: { status: AgreementStatus; overdue?: boolean }) {
  if (overdue) return <Badge tone="negative">Termijn verstreken</Badge>;
  return <Badge tone={AGREEMENT_TONES[status] ?? 'neutral'}>{agreementStatus.label(status)}</Badge>;
}
