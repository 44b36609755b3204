import type { TimelineEvent } from '../motion-timeline.js';
import { DateText } from './DateText.js';

/** A history as an ordered list: the order is the meaning, so it is an <ol>, oldest first. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p>Er is nog geen verloop vastgelegd.</p>;
  return (
    <ol className="mm-timeline">
      {events.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is rendered once, in this order
        <li key={i}>
          <span className="mm-timeline__when">
            <DateText value={e.at} />
            {e.link ? (
              <>
                {' · '}
                <a href={e.link.href}>{e.link.label}</a>
              </>
            ) : null}
          </span>
          <span className="mm-timeline__what">{e.title}</span>
          {e.text ? <p>{e.text}</p> : null}
          {e.detail ? <p className="mm-meta">{e.detail}</p> : null}
        </li>
      ))}
    </ol>
  );
}
