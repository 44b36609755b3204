import type { CommitmentRoundRecord } from '../../../store/repositories/commitment-rounds.js';
import { type Option, SelectField } from '../../components/fields.js';
import { StaffForm } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

type Props = {
  ctx: PageContext;
  rounds: (CommitmentRoundRecord & { meetingTitle: string })[];
  meetings: Option[];
  values: FormValues;
  errors: FormErrors;
};

/** A council's commitments rounds, and the form to open the list for a meeting. */
export function CommitmentRoundListPage({ ctx, rounds, meetings, values, errors }: Props) {
  return (
    <StaffForm
      ctx={ctx}
      title="Toezeggingenlijsten"
      action="/beheer/toezeggingenlijsten"
      submitLabel="Toezeggingenlijst openen"
      errors={errors}
      intro={
        <>
          {rounds.length === 0 ? (
            <p>Er is nog geen toezeggingenlijst.</p>
          ) : (
            <ul>
              {rounds.map((r) => (
                <li key={r.id}>
                  <a href={`/beheer/toezeggingenlijsten/${r.id}`}>{r.title}</a>{' '}
                  <span className="mm-meta">({r.status === 'decided' ? 'besloten' : 'open'})</span>
                </li>
              ))}
            </ul>
          )}
          <h2 className="utrecht-heading-2">Toezeggingenlijst openen</h2>
          <p>
            De lijst bevat elke toezegging uit een eerdere vergadering die nog open of deels afgedaan is.
            Daarna stelt het college per toezegging voor af te doen of aan te houden, en besluit de raad.
          </p>
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
    </StaffForm>
  );
}
