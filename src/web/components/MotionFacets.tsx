import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
} from '@utrecht/component-library-react';
import { formatDutchDate, motionStatus } from '../../domain/vocabulary/index.js';
import type { MotionFacets as Facets } from '../../store/repositories/web-queries.js';
import { formatNumber } from '../format.js';
import type { MotionListQuery } from '../motion-query.js';
import { SelectField, TextField } from './fields.js';

const withCount = (label: string, count: number) => `${label} (${formatNumber(count)})`;

/** The filters of the motion list: a plain GET form, so it works without JavaScript and gives shareable links. */
export function MotionFacets({ query, facets }: { query: MotionListQuery; facets: Facets }) {
  return (
    <form method="get" action="/moties" className="mm-facets" aria-labelledby="filters-kop">
      <h2 id="filters-kop" className="utrecht-heading-2">
        Filters
      </h2>
      <TextField id="filter-q" name="q" type="search" label="Zoek in moties" value={query.q} />
      <Fieldset>
        <FieldsetLegend>Status</FieldsetLegend>
        {facets.status.map(({ key: status, count }) => {
          const id = `filter-status-${status}`;
          return (
            <FormField
              key={status}
              type="checkbox"
              label={
                <FormLabel htmlFor={id} type="checkbox">
                  {withCount(motionStatus.label(status), count)}
                </FormLabel>
              }
              input={
                <Checkbox
                  id={id}
                  name="status"
                  value={motionStatus.toApi(status)}
                  defaultChecked={query.status.includes(status)}
                />
              }
            />
          );
        })}
      </Fieldset>
      <SelectField
        id="filter-onderwerp"
        name="onderwerp"
        label="Onderwerp"
        value={query.topic}
        emptyLabel="Alle onderwerpen"
        options={facets.topic.map((t) => ({ value: t.key ?? '', label: withCount(t.key ?? '', t.count) }))}
      />
      <SelectField
        id="filter-indiener"
        name="indiener"
        label="Indiener"
        value={query.memberId}
        emptyLabel="Alle indieners"
        options={facets.submitter.map((s) => ({ value: s.id, label: withCount(s.name, s.count) }))}
      />
      <SelectField
        id="filter-vergadering"
        name="vergadering"
        label="Vergadering"
        value={query.meetingId}
        emptyLabel="Alle vergaderingen"
        options={facets.meeting.map((m) => ({
          value: m.id,
          label: withCount(`${m.title}, ${formatDutchDate(m.date)}`, m.count),
        }))}
      />
      <SelectField
        id="filter-jaar"
        name="jaar"
        label="Jaar"
        value={query.year}
        emptyLabel="Alle jaren"
        options={facets.year.map((y) => ({ value: y.key ?? '', label: withCount(y.key ?? '', y.count) }))}
      />
      <div className="mm-actions">
        <Button type="submit" appearance="primary-action-button">
          Filters toepassen
        </Button>
        <a href="/moties">Filters wissen</a>
      </div>
    </form>
  );
}
