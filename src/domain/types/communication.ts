import type { Id, IsoDate, IsoTimestamp } from './common.js';

export type Letter = {
  id: Id;
  organisationId: Id;
  /** kenmerk, e.g. 'U202500147'. */
  reference: string | null;
  /** Lbr-number, e.g. 'Lbr. 25/015'. */
  number: string | null;
  date: IsoDate;
  subject: string;
  addressees: string[];
  summary: string | null;
  documentId: Id | null;
};

export type LetterAttachment = {
  id: Id;
  letterId: Id;
  position: number;
  title: string;
  documentId: Id | null;
};

export type DocumentKind =
  | 'resolution'
  | 'motion'
  | 'letter'
  | 'accountability-report'
  | 'agenda'
  | 'minutes'
  | 'other';

/** An original file and what was extracted from it. */
export type Document = {
  id: Id;
  organisationId: Id;
  kind: DocumentKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  /** sha256 of the bytes: re-importing the same file is a no-op. */
  contentHash: string;
  storageKey: string;
  extractedText: string | null;
  importedAt: IsoTimestamp;
};

export type PollStatus = 'draft' | 'open' | 'closed';

export type Poll = {
  id: Id;
  organisationId: Id;
  title: string;
  description: string | null;
  status: PollStatus;
  opensOn: IsoDate | null;
  closesOn: IsoDate | null;
};

export type PollQuestionKind = 'single-choice' | 'multiple-choice' | 'scale' | 'open';

export type PollQuestion = {
  id: Id;
  pollId: Id;
  position: number;
  text: string;
  kind: PollQuestionKind;
  options: string[];
};

export type PollAnswer = { questionId: Id; value: string | string[] | number };

/** One response per member (municipality), not per person. */
export type PollResponse = {
  id: Id;
  pollId: Id;
  memberId: Id;
  submittedAt: IsoTimestamp;
  answers: PollAnswer[];
};
