import { type DateContext, findDutchDates, parseDutchDate, parseTime } from '../dutch-dates.js';
import { isLabel, looksLikeHeading } from '../normalise/line-shapes.js';
import type { EventRecord, LogicalLine } from '../types.js';
import { provenance } from './context.js';

const DATE_LABEL = /^datum\s*:/i;
const PLACE_LABEL = /^(?:locatie|plaats|adres|waar)$/i;
const TIME = '(?:[01]?\\d|2[0-3])[.:]\\s?[0-5]\\d';
const RANGE = new RegExp(`(${TIME})\\s*(?:uur\\s*)?(?:-|–|—|tot)\\s*(${TIME})`);

type Field = { label: string; value: string };

function fieldsOf(lines: LogicalLine[], from: number): { fields: Field[]; end: number } {
  const fields: Field[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const text = lines[i].text;
    if (i > from && DATE_LABEL.test(text)) break;
    if (isLabel(text)) {
      const colon = text.indexOf(':');
      fields.push({ label: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() });
    } else if (text.split(/\s+/).length <= 6 && fields.length > 0) {
      const last = fields[fields.length - 1];
      last.value = `${last.value} ${text}`.trim();
    } else break;
  }
  return { fields, end: i };
}

function headingFor(
  lines: LogicalLine[],
  from: number,
  floor: number,
  date: string | null,
  dates: DateContext,
) {
  const candidates: string[] = [];
  for (let i = from - 1; i >= Math.max(floor, from - 8); i--) {
    const text = lines[i].text;
    if (looksLikeHeading(text) || (isLabel(text) && text.length <= 90 && !/[.;]$/.test(text)))
      candidates.push(text);
  }
  return (
    candidates.find((text) => date && findDutchDates(text, dates).some((d) => d.date === date)) ??
    candidates[0]
  );
}

function titleOf(heading: string | undefined): string {
  if (!heading) return 'Bijeenkomst';
  const beforeColon = heading.split(':')[0];
  const withoutDate = beforeColon
    .replace(/\b\d{1,2}\s+\p{L}+(?:\s+\d{4})?/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return withoutDate || heading;
}

/**
 * Events a letter announces: a "Datum:" line followed by "Locatie:", times ("Inloop: Vanaf 10.00
 * uur", "Bijeenkomst: 11.00 - 12.30 uur"). Start and end are the first time range; the other
 * times are kept as the schedule. The title is the heading above, preferably the one naming the date.
 */
export function findEvents(lines: LogicalLine[], dates: DateContext, from: number): EventRecord[] {
  const events: EventRecord[] = [];
  let floor = from;
  for (let i = from; i < lines.length; i++) {
    if (!DATE_LABEL.test(lines[i].text)) continue;
    const { fields, end } = fieldsOf(lines, i);
    const date = parseDutchDate(fields[0]?.value ?? '', dates);
    const heading = headingFor(lines, i, floor, date, dates);
    const place =
      fields.find((field) => PLACE_LABEL.test(field.label))?.value.replace(/\s*,\s*/g, ', ') ?? null;
    const schedule = fields.flatMap((field) => {
      const time = parseTime(field.value);
      return time && !DATE_LABEL.test(`${field.label}:`) ? [{ label: field.label, time }] : [];
    });
    const range = fields.map((field) => RANGE.exec(field.value)).find((match) => match !== null);
    const event: EventRecord = {
      title: titleOf(heading),
      date,
      start: range ? parseTime(range[1]) : (schedule[0]?.time ?? null),
      end: range ? parseTime(range[2]) : null,
      place: place?.replace(/[.,]$/, '') ?? null,
      schedule,
      source: provenance(lines, i, end - 1),
    };
    if (heading) event.heading = heading;
    events.push(event);
    floor = end;
    i = end - 1;
  }
  return events;
}
