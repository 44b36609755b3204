import { formatDutchDate } from '../../domain/vocabulary/index.js';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import { DateText } from './DateText.js';
import { MotionStatusBadge } from './StatusBadge.js';

/** "Utrecht, Amsterdam en anderen". */
export function submitterText(motion: Pick<MotionWithSubmitters, 'submitters' | 'andOthers'>): string {
  const names = motion.submitters.map((s) => s.name);
  if (names.length === 0) return 'onbekende indiener';
  if (motion.andOthers) return `${names.join(', ')} en anderen`;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

type MotionListItemProps = {
  motion: MotionWithSubmitters;
  /** Escaped HTML of the title with the search matches in <mark> (from src/search). */
  titleHtml?: string;
  meeting?: { title: string; date: string };
  headingLevel?: 2 | 3;
};

export function MotionListItem({ motion, titleHtml, meeting, headingLevel = 2 }: MotionListItemProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="mm-result">
      <Heading className={`utrecht-heading-${headingLevel}`}>
        <a href={`/moties/${motion.id}`}>
          {titleHtml ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: src/search escapes the text and adds only <mark>
            <span dangerouslySetInnerHTML={{ __html: titleHtml }} />
          ) : (
            motion.title
          )}
        </a>
      </Heading>
      <p>
        <MotionStatusBadge status={motion.status} />
        {motion.topic ? <span className="mm-meta"> · {motion.topic}</span> : null}
      </p>
      <p className="mm-meta">
        {motion.number ? `Motie ${motion.number} · ` : ''}
        Ingediend door {submitterText(motion)}
        {meeting ? (
          <>
            {' '}
            · {meeting.title}
            {meeting.title.includes(formatDutchDate(meeting.date)) ? null : (
              <>
                , <DateText value={meeting.date} />
              </>
            )}
          </>
        ) : null}
      </p>
    </li>
  );
}
