import type { ReactNode } from 'react';
import { type FieldSpec, SpecFields } from '../../components/SpecFields.js';
import { StaffForm } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

type Props = {
  ctx: PageContext;
  title: string;
  action: string;
  submitLabel: string;
  specs: FieldSpec[];
  values: FormValues;
  errors: FormErrors;
  /** The record's page on the portal, or (for records without one, such as users) the list it belongs to. */
  link?: { href: string; label: string };
  after?: ReactNode;
  /** False for a role that may only use the forms below (`after`): the record's own form is left out. */
  editable?: boolean;
};

/** Create or edit form for the simpler registers (agreements, letters, meetings). */
export function RecordFormPage(props: Props) {
  return (
    <StaffForm
      ctx={props.ctx}
      title={props.title}
      action={props.action}
      submitLabel={props.submitLabel}
      errors={props.errors}
      intro={
        props.link ? (
          <p>
            <a href={props.link.href}>{props.link.label}</a>
          </p>
        ) : null
      }
      after={props.after}
      readOnly={props.editable === false}
    >
      <SpecFields specs={props.specs} values={props.values} errors={props.errors} />
    </StaffForm>
  );
}
