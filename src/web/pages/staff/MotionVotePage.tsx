import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import { voteOutcome } from '../../../domain/vocabulary/index.js';
import type { VoteOutcome } from '../../../services/motions/vote-result.js';
import type { MotionWithSubmitters } from '../../../store/repositories/motions.js';
import { type Option, SelectField, TextField } from '../../components/fields.js';
import { StaffForm } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import { type PageContext, viewerMay } from '../../page-context.js';

export const OUTCOMES: { value: VoteOutcome; label: string }[] = [
  { value: 'adopted', label: voteOutcome.label('adopted') },
  { value: 'rejected', label: voteOutcome.label('rejected') },
  { value: 'postponed', label: 'Aangehouden (stemming uitgesteld)' },
];

type Props = {
  ctx: PageContext;
  motion: MotionWithSubmitters;
  values: FormValues;
  errors: FormErrors;
  /** The meetings to choose from when the motion has none yet (the result is dated by its meeting). */
  meetings: Option[];
};

export function MotionVotePage({ ctx, motion, values: v, errors: e, meetings }: Props) {
  return (
    <StaffForm
      ctx={ctx}
      title={`Stemuitslag: ${motion.title}`}
      trail={[
        viewerMay(ctx.viewer, 'motion.update')
          ? { href: `/beheer/moties/${motion.id}`, label: 'Motie bewerken' }
          : { href: `/moties/${motion.id}`, label: motion.number ? `Motie ${motion.number}` : 'Motie' },
      ]}
      action={`/beheer/moties/${motion.id}/stemuitslag`}
      submitLabel="Stemuitslag vastleggen"
      errors={e}
    >
      {motion.meetingId ? null : (
        <SelectField
          id="veld-meetingId"
          name="meetingId"
          label="Vergadering"
          description="De vergadering die stemde; de uitslag krijgt haar datum."
          value={v.meetingId}
          error={e.meetingId}
          options={meetings}
          emptyLabel="Kies de vergadering"
          required
        />
      )}
      <SelectField
        id="veld-outcome"
        name="outcome"
        label="Uitslag"
        value={v.outcome}
        error={e.outcome}
        options={OUTCOMES}
        emptyLabel="Kies de uitslag"
        required
      />
      <TextField
        id="veld-percentage"
        name="percentage"
        label="Percentage voor"
        value={v.percentage}
        error={e.percentage}
        optional
        description="Aandeel van de uitgebrachte gewogen stemmen, bijvoorbeeld 98,29. Leeg bij acclamatie."
      />
      <FormField
        type="checkbox"
        label={
          <FormLabel htmlFor="veld-byAcclamation" type="checkbox">
            Bij acclamatie
          </FormLabel>
        }
        input={
          <Checkbox
            id="veld-byAcclamation"
            name="byAcclamation"
            value="ja"
            defaultChecked={v.byAcclamation === 'ja'}
          />
        }
      />
    </StaffForm>
  );
}
