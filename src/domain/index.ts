// The domain's public surface: pure types and rules, no I/O.
export * from './accountability.js';
export * from './accountability-cycle.js';
export * from './accountability-decisions.js';
export * from './accountability-report.js';
export * from './agreements.js';
export * from './app-error.js';
export * from './council.js';
export * from './dates.js';
export * from './error-messages.js';
export * from './errors.js';
export * from './motion-lifecycle.js';
export * from './motion-parts.js';
export * from './resolution-versions.js';
export type * from './types.js';
export * from './vocabulary/index.js';
export * from './voting.js';
