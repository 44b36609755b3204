import { DateText } from './DateText.js';

/**
 * Says to which date overdue deadlines are counted: the latest meeting held (the records' date, never the clock).
 * Nothing when the organisation has held no meeting yet and today's date is used.
 */
export function AsOfNote({ asOf, meeting }: { asOf: string | null; meeting: string }) {
  if (!asOf) return null;
  return (
    <p className="mm-meta">
      Stand per <DateText value={asOf} /> (de laatst gehouden {meeting})
    </p>
  );
}
