import { dateSortKey } from '@/lib/calendar';
import type { TimelineEvent } from '@/lib/schema/story';
import { formatDateValue } from '@/lib/calendar';
import { CitationQuote } from './CitationQuote';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface YearGroup {
  year: string;
  /** Events dated only to the year. */
  wholeYear: TimelineEvent[];
  months: { month: number; events: TimelineEvent[] }[];
}

/** Years, then months; an event dated to a year stays at year level, never pinned to January 1. */
function groupByYearAndMonth(events: TimelineEvent[]): YearGroup[] {
  const years = new Map<string, YearGroup>();
  for (const event of events) {
    const year = event.date.value.slice(0, 4);
    const group = years.get(year) ?? { year, wholeYear: [], months: [] };
    years.set(year, group);
    const key = dateSortKey(event.date.value);
    const month = event.date.precision === 'year' ? 0 : Number(key.slice(5, 7));
    if (!month) {
      group.wholeYear.push(event);
      continue;
    }
    const bucket = group.months.find((m) => m.month === month);
    if (bucket) bucket.events.push(event);
    else group.months.push({ month, events: [event] });
  }
  return [...years.values()];
}

function EventItem({ event }: { event: TimelineEvent }) {
  return (
    <li id={event.id} className="event">
      <p className="event-date">
        <time dateTime={event.date.value}>{formatDateValue(event.date.value)}</time>
        {event.future && <span className="badge badge-future">Ahead when written</span>}
        {event.date.inferred && <span className="badge badge-inferred">Date inferred</span>}
        <a href={`#${event.id}`} className="permalink" aria-label="Link to this event">
          ¶
        </a>
      </p>
      <ul className="event-sources">
        {event.sources.map((source) => (
          <li key={`${source.article}-${source.anchor}`}>
            <CitationQuote citation={source} highlight={source.dateText} />
          </li>
        ))}
      </ul>
    </li>
  );
}

export function TimelineView({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p>No dated events.</p>;
  return (
    <div className="timeline">
      {groupByYearAndMonth(events).map((group) => (
        <section key={group.year} aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`} className="timeline-year">
            {group.year}
          </h2>
          {group.wholeYear.length > 0 && (
            <>
              <h3 className="timeline-month">During {group.year}</h3>
              <ol className="events">
                {group.wholeYear.map((e) => (
                  <EventItem key={e.id} event={e} />
                ))}
              </ol>
            </>
          )}
          {group.months.map(({ month, events: inMonth }) => (
            <div key={month}>
              <h3 className="timeline-month">
                {MONTHS[month - 1]} {group.year}
              </h3>
              <ol className="events">
                {inMonth.map((e) => (
                  <EventItem key={e.id} event={e} />
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
