// Voting arithmetic in one import: weights, tally, percentages, the vote lifecycle.
export * from './percentage.js';
export * from './vote-alternatives.js';
export * from './vote-lifecycle.js';
export * from './vote-tally.js';
export * from './vote-weights.js';
