import { describeMeeting, parseMeetingRef, sameMeeting } from '../meetings.js';
import { emptyRecognised, type MeetingRef, type Recognised } from '../types.js';
import { MOTION_LABEL, parseAccountabilityEntry, TOPIC_LABEL } from './accountability-entry.js';
import { parseAccountabilityToc, sectionHeadings } from './accountability-toc.js';
import type { RecogniserInput } from './context.js';
import { readDocumentHeader } from './document-header.js';
import { sameTitle } from './motion-reference.js';
import { readReportIntro } from './report-intro.js';
import { unmatchedSubmitterWarnings } from './warnings.js';

/**
 * An accountability report (Verantwoording over uitvoering moties): per motion its topic, submitters,
 * title, meeting, call, accountability and proposal, plus the table of contents. Where the table of
 * contents and the body disagree, the body wins and a warning says so.
 */
export function recogniseAccountabilityReport(input: RecogniserInput): Recognised {
  const header = readDocumentHeader(input.lines, input.dates);
  const context = {
    ...input,
    dates: { reference: header.date ?? header.meeting?.date ?? input.dates.reference },
  };
  const { lines } = context;
  const out = emptyRecognised();
  const starts = lines.flatMap((line, index) =>
    MOTION_LABEL.test(line.text)
      ? [index > 0 && TOPIC_LABEL.test(lines[index - 1].text) ? index - 1 : index]
      : [],
  );
  const tocStart = Math.max(
    0,
    lines.findIndex((line) => /^inhoud(?:sopgave)?\b/i.test(line.text)),
  );
  const toc = parseAccountabilityToc(context, tocStart, starts[0] ?? lines.length);
  const tocMotions = toc.flatMap((group) =>
    group.motions.map((motion) => ({ motion, group: group.heading, used: false })),
  );
  const sections = sectionHeadings(lines, tocStart, context.dates).map((section) => ({
    ...section,
    meeting: parseMeetingRef(section.heading, context.dates),
  }));
  starts.forEach((from, k) => {
    const nextSection = sections.find((section) => section.index > from)?.index ?? lines.length;
    const to = Math.min(starts[k + 1] ?? lines.length, nextSection);
    const entry = parseAccountabilityEntry(context, from, to);
    const record = entry.record;
    out.warnings.push(...entry.warnings);
    const section = [...sections].reverse().find((candidate) => candidate.index < from);
    const tocEntry = tocMotions.find((entry) => !entry.used && sameTitle(entry.motion.title, record.title));
    if (tocEntry) tocEntry.used = true;
    const tocMotion = tocEntry?.motion;
    record.group = tocEntry?.group || section?.heading || null;
    const meeting: MeetingRef | null = record.adoptedAt ?? section?.meeting ?? tocMotion?.meeting ?? null;
    record.adoptedAt = meeting;
    if (tocMotion?.meeting && meeting && !sameMeeting(tocMotion.meeting, meeting)) {
      out.warnings.push(
        `toc-mismatch: Motie "${record.title}": inhoudsopgave noemt ${describeMeeting(tocMotion.meeting)}, ` +
          `de tekst ${describeMeeting(meeting)}; de waarde uit de tekst is overgenomen.`,
      );
    }
    if (!meeting) out.warnings.push(`no-meeting: Bij motie "${record.title}" staat geen vergadering.`);
    out.warnings.push(...unmatchedSubmitterWarnings(record));
    if (!entry.hasProposal) {
      out.warnings.push(
        k === starts.length - 1
          ? `truncated: De laatste motie ("${record.title}") is onvolledig: er volgt geen voorstel; niets is aangevuld.`
          : `missing-proposal: Bij motie "${record.title}" staat geen voorstel.`,
      );
    }
    out.motions.push(record);
  });
  for (const { motion } of tocMotions.filter((entry) => !entry.used)) {
    out.warnings.push(`toc-only: Motie "${motion.title}" staat in de inhoudsopgave maar niet in de tekst.`);
  }
  out.title = header.title;
  out.date = header.date;
  out.meeting = header.meeting;
  const intro = readReportIntro(
    lines,
    Math.min(tocStart || lines.length, starts[0] ?? lines.length),
    context.dates,
    header.date,
  );
  out.extra = {
    agendaItem: header.agendaItem,
    toc,
    summary: intro.summary,
    proposalText: intro.proposalText,
    letterReference: intro.letter,
  };
  return out;
}
