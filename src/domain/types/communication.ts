export type PollStatus = 'draft' | 'open' | 'closed';

export type PollQuestionKind = 'single-choice' | 'multiple-choice' | 'scale' | 'open';
