import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import type { FormErrors, FormValues } from '../forms.js';
import { type Option, SelectField, TextAreaField, TextField } from './fields.js';

/** A field of a simple register form, declared once and used for rendering and for validation. */
export type FieldSpec = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'time' | 'select' | 'email' | 'password' | 'checkbox';
  required?: boolean;
  options?: Option[];
  emptyLabel?: string;
  description?: string;
  max?: number;
};

export function SpecFields({
  specs,
  values,
  errors,
}: {
  specs: FieldSpec[];
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <>
      {specs.map((f) => {
        const common = {
          id: `veld-${f.name}`,
          name: f.name,
          label: f.label,
          // A password is never written back into the page (not after an error either): it is typed again.
          value: f.kind === 'password' ? undefined : values[f.name],
          error: errors[f.name],
          required: f.required,
          optional: !f.required,
          description: f.description,
        };
        if (f.kind === 'checkbox')
          return (
            <FormField
              key={f.name}
              type="checkbox"
              label={
                <FormLabel htmlFor={common.id} type="checkbox">
                  {f.label}
                </FormLabel>
              }
              input={
                <Checkbox id={common.id} name={f.name} value="ja" defaultChecked={values[f.name] === 'ja'} />
              }
            />
          );
        if (f.kind === 'textarea') return <TextAreaField key={f.name} {...common} rows={6} />;
        if (f.kind === 'select')
          return (
            <SelectField
              key={f.name}
              {...common}
              options={f.options ?? []}
              emptyLabel={f.emptyLabel ?? 'Geen'}
            />
          );
        return (
          <TextField
            key={f.name}
            {...common}
            type={f.kind}
            autoComplete={f.kind === 'password' ? 'new-password' : undefined}
          />
        );
      })}
    </>
  );
}
