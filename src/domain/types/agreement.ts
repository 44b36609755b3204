import type { Id, IsoDate, IsoTimestamp } from './common.js';

export type AgreementStatus = 'open' | 'fulfilled' | 'partly-fulfilled' | 'broken' | 'withdrawn';
export type AgreementSourceType = 'consultation' | 'resolution' | 'letter' | 'motion' | 'other';

export type Agreement = {
  id: Id;
  organisationId: Id;
  /** Who promised, e.g. 'Rijk' or 'kabinet'. */
  party: string;
  title: string;
  text: string;
  /** "uiterlijk 14 april": overdue is derived from this, never stored. */
  dueDate: IsoDate | null;
  status: AgreementStatus;
  statusChangedOn: IsoDate | null;
  source: { type: AgreementSourceType; id: Id | null };
  note: string | null;
  createdAt: IsoTimestamp;
};

export type Consultation = {
  id: Id;
  organisationId: Id;
  /** e.g. 'Overhedenoverleg'. */
  name: string;
  date: IsoDate;
  parties: string[];
  outcomes: string[];
};
