export type PollStatus = 'draft' | 'open' | 'closed';

export type PollQuestionKind = 'single-choice' | 'multiple-choice' | 'scale' | 'open';

/** queued → sending → sent; a failed attempt goes back to queued (later) or, in the end, to failed. */
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled';
