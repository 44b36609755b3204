// One import path for every entity type; the definitions live in ./types/ by aggregate.
export type * from './types/accountability.js';
export type * from './types/agreement.js';
export type * from './types/common.js';
export type * from './types/communication.js';
export type * from './types/council.js';
export type * from './types/meeting.js';
export type * from './types/motion.js';
export type * from './types/resolution.js';
