import { roundStatus } from '../../../domain/vocabulary/index.js';
import type { AccountabilityRoundRecord } from '../../../store/repositories/accountability.js';
import { type Option, TextField } from '../../components/fields.js';
import { RoundListForm } from '../../components/RoundListForm.js';
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
    <RoundListForm
      ctx={ctx}
      title="Verantwoording"
      home="/beheer/verantwoording"
      submitLabel="Ronde openen"
      rounds={rounds.map((r) => ({ ...r, statusLabel: roundStatus.label(r.status) }))}
      openHeading="Nieuwe ronde openen"
      openIntro="De ronde krijgt een verantwoording per motie die nog openstaat (aangenomen of aangehouden)."
      meetings={meetings}
      values={values}
      errors={errors}
    >
      <TextField
        id="veld-title"
        name="title"
        label="Titel"
        value={values.title}
        error={errors.title}
        optional
        description="Leeg: Verantwoording over uitvoering moties (de vergadering staat er op het voorblad bij)."
      />
    </RoundListForm>
  );
}
