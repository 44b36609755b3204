import { AGREEMENT_STATUS_LABELS, MOTION_STATUS_LABELS } from '../../domain/labels.js';
import type { AgreementStatus, MotionStatus } from '../../domain/types.js';

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

export function MotionStatusBadge({ status }: { status: string }) {
  if (status === 'pending') return <Badge tone="neutral">Nog niet gestemd</Badge>;
  const known = status in MOTION_TONES ? (status as MotionStatus) : null;
  return (
    <Badge tone={known ? MOTION_TONES[known] : 'neutral'}>
      {known ? MOTION_STATUS_LABELS[known] : status}
    </Badge>
  );
}

export function AgreementStatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  if (overdue) return <Badge tone="negative">Termijn verstreken</Badge>;
  const known = status in AGREEMENT_TONES ? (status as AgreementStatus) : null;
  return (
    <Badge tone={known ? AGREEMENT_TONES[known] : 'neutral'}>
      {known ? AGREEMENT_STATUS_LABELS[known] : status}
    </Badge>
  );
}
