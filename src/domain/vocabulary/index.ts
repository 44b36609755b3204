// One table per enum: the API word and the Dutch label of every code value, and the one Dutch wording of
// vote results, proposals and dates. Pages, documents, CSV, CLI messages and the API all read from here.
export * from './accountability.js';
export * from './agreement.js';
export * from './capitalise.js';
export * from './dutch-dates.js';
export * from './entities.js';
export * from './meeting.js';
export * from './member.js';
export * from './motion.js';
export * from './organisation-kind.js';
export * from './outbox.js';
export * from './resolution.js';
export * from './vocabulary.js';
export * from './vote.js';
