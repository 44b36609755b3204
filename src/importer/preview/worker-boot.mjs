// Entry of the preview worker: loads the TypeScript sources through tsx, as bin/motiemonitor.js does, so the
// worker runs the same way under the CLI, the server and the tests.
import { register } from 'tsx/esm/api';

register();
await import('./worker-entry.ts');
