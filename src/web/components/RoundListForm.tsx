import type { ReactNode } from 'react';
import type { FormErrors, FormValues } from '../forms.js';
import type { PageContext } from '../page-context.js';
import { type Option, SelectField } from './fields.js';
import { StaffForm } from './StaffForm.js';

export type RoundListItem = { id: string; title: string; statusLabel: string };

/**
 * A list of rounds (accountability rounds, a council's commitments lists) linked under `home`, and the form
 * that opens the next one for a meeting; `children` are the form's fields after the meeting.
 */
export function RoundListForm({
  ctx,
  title,
  home,
  submitLabel,
  rounds,
  emptyText,
  openHeading,
  openIntro,
  meetings,
  values,
  errors,
  children,
}: {
  ctx: PageContext;
  title: string;
  home: string;
  submitLabel: string;
  rounds: RoundListItem[];
  /** Said instead of an empty list, when set. */
  emptyText?: string;
  openHeading: string;
  openIntro: string;
  meetings: Option[];
  values: FormValues;
  errors: FormErrors;
  children?: ReactNode;
}) {
  return (
    <StaffForm
      ctx={ctx}
      title={title}
      action={home}
      submitLabel={submitLabel}
      errors={errors}
      intro={
        <>
          {rounds.length === 0 && emptyText ? (
            <p>{emptyText}</p>
          ) : (
            <ul>
              {rounds.map((r) => (
                <li key={r.id}>
                  <a href={`${home}/${r.id}`}>{r.title}</a> <span className="mm-meta">({r.statusLabel})</span>
                </li>
              ))}
            </ul>
          )}
          <h2 className="utrecht-heading-2">{openHeading}</h2>
          <p>{openIntro}</p>
        </>
      }
    >
      <SelectField
        id="veld-meetingId"
        name="meetingId"
        label="Vergadering"
        options={meetings}
        value={values.meetingId}
        error={errors.meetingId}
        emptyLabel="Kies de vergadering"
        required
      />
      {children}
    </StaffForm>
  );
}
