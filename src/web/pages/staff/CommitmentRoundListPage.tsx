import type { CommitmentRoundRecord } from '../../../store/repositories/commitment-rounds.js';
import type { Option } from '../../components/fields.js';
import { RoundListForm } from '../../components/RoundListForm.js';
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
    <RoundListForm
      ctx={ctx}
      title="Toezeggingenlijsten"
      home="/beheer/toezeggingenlijsten"
      submitLabel="Toezeggingenlijst openen"
      rounds={rounds.map((r) => ({ ...r, statusLabel: r.status === 'decided' ? 'besloten' : 'open' }))}
      emptyText="Er is nog geen toezeggingenlijst."
      openHeading="Toezeggingenlijst openen"
      openIntro={
        'De lijst bevat elke toezegging uit een eerdere vergadering die nog open of deels afgedaan is. ' +
        'Daarna stelt het college per toezegging voor af te doen of aan te houden, en besluit de raad.'
      }
      meetings={meetings}
      values={values}
      errors={errors}
    />
  );
}
