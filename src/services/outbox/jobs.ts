import { eraseExpiredRegistrations } from '../registrations/erase-registrations.js';
import { sendDueReminders } from '../reminders/reminder-jobs.js';
import type { ScheduledJob } from './run-outbox.js';

/** Every scheduled job the outbox worker runs, in this order. Each is idempotent. */
export const SCHEDULED_JOBS: ScheduledJob[] = [sendDueReminders, eraseExpiredRegistrations];
