import type { Id, IsoTimestamp } from './common.js';

export type ResolutionStatus = 'draft' | 'published' | 'adopted' | 'rejected' | 'withdrawn';

export type Resolution = {
  id: Id;
  organisationId: Id;
  meetingId: Id | null;
  agendaItemId: Id | null;
  number: string | null;
  title: string;
  status: ResolutionStatus;
  /** The version whose text was adopted; frozen from then on. */
  adoptedVersionId: Id | null;
  /** "gewijzigde versie aangenomen": adopted as amended. */
  adoptedAmended: boolean;
  byAcclamation: boolean;
  voteId: Id | null;
  createdAt: IsoTimestamp;
};

export type ResolutionVersionLabel = 'concept' | 'geactualiseerd' | 'vastgesteld';

export type ResolutionVersion = {
  id: Id;
  resolutionId: Id;
  /** 1, 2, 3… in order of creation. */
  sequence: number;
  label: ResolutionVersionLabel;
  supersedesId: Id | null;
  /** Once set the version is immutable. */
  publishedAt: IsoTimestamp | null;
  clauses: Clause[];
  createdAt: IsoTimestamp;
};

export type ClauseSection = 'preamble' | 'operative';
export type ClauseKind = 'noting' | 'considering' | 'declares' | 'requests' | 'calls-on' | 'instructs';

export type Clause = {
  id: Id;
  versionId: Id;
  position: number;
  section: ClauseSection;
  kind: ClauseKind;
  text: string;
  /** Agreement whose breach triggers this clause ("als het kabinet … niet nakomt"). */
  conditionAgreementId: Id | null;
};
