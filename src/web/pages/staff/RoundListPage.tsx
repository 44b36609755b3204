import { roundStatus } from '../../../domain/vocabulary/index.js';
import type { AccountabilityRoundRecord } from '../../../store/repositories/accountability.js';
import { type Option, SelectField, TextField } from '../../components/fields.js';
import { StaffForm } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

type Props = {
  ctx: PageContext;
  rounds: AccountabilityRoundRecord[];
  meetings: Option[];
  values: FormValues;
  errors: FormErrors;
};

/** Every round, and the form to open the round for a coming meeting (it lists every motion still open). */
export function RoundListPage({ ctx, rounds, meetings, values, errors }: Props) {
  return (
    <StaffForm
      ctx={ctx}
      title="Verantwoording"
      action="/beheer/verantwoording"
      submitLabel="Ronde openen"
      errors={errors}
      intro={
        <>
          <ul>
            {rounds.map((r) => (
              <li key={r.id}>
                <a href={`/beheer/verantwoording/${r.id}`}>{r.title}</a>{' '}
                <span className="mm-meta">({roundStatus.label(r.status)})</span>
              </li>
            ))}
          </ul>
          <h2 className="utrecht-heading-2">Nieuwe ronde openen</h2>
          <p>De ronde krijgt een verantwoording per motie die nog openstaat (aangenomen of aangehouden).</p>
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
      <TextField
        id="veld-title"
        name="title"
        label="Titel"
        value={values.title}
        error={errors.title}
        optional
        description="Leeg: Verantwoording over uitvoering moties (de vergadering staat er op het voorblad bij)."
      />
    </StaffForm>
  );
}
