import type { OutboxStatus } from '../types.js';
import { defineVocabulary } from './vocabulary.js';

/** Where an outgoing message stands, as the staff page and `motiemonitor outbox list` show it. */
export const outboxStatus = defineVocabulary<OutboxStatus>({
  queued: { api: 'in-wachtrij', label: 'In de wachtrij' },
  sending: { api: 'wordt-verzonden', label: 'Wordt verzonden' },
  sent: { api: 'verzonden', label: 'Verzonden' },
  failed: { api: 'mislukt', label: 'Mislukt' },
  cancelled: { api: 'geannuleerd', label: 'Geannuleerd' },
});
