/**
 * Libraries that pick a development or a production build when first loaded (React above all: its development
 * build checks every element and records a stack for it, about ten times the rendering time of a page) get the
 * production build unless NODE_ENV says otherwise (tests set `test`). Import this module before anything else in
 * an entry point (src/cli/main.ts, src/server.ts): modules are evaluated in import order.
 */
process.env.NODE_ENV ??= 'production';
