import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * Form fields in the NL Design System pattern: label, description, the error message next to the field
 * (and linked to it with aria-describedby), then the input with what was typed. Ids are explicit so that the
 * error summary at the top of a form can link straight to the field.
 */
type FieldBase = {
  id: string;
  name: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  required?: boolean;
  /** Say "(niet verplicht)" after the label: in forms where most fields are required. */
  optional?: boolean;
};

const describedBy = (f: FieldBase): string | undefined =>
  [f.description ? `${f.id}-uitleg` : '', f.error ? `${f.id}-fout` : ''].filter(Boolean).join(' ') ||
  undefined;

function Frame({ field, type, children }: { field: FieldBase; type?: string; children: ReactNode }) {
  return (
    <FormField
      type={type}
      invalid={Boolean(field.error)}
      label={
        <FormLabel htmlFor={field.id}>
          {field.label}
          {field.optional ? <span className="mm-meta"> (niet verplicht)</span> : null}
        </FormLabel>
      }
      description={
        field.description ? (
          <FormFieldDescription id={`${field.id}-uitleg`}>{field.description}</FormFieldDescription>
        ) : undefined
      }
      errorMessage={
        field.error ? (
          <FormFieldErrorMessage id={`${field.id}-fout`}>{field.error}</FormFieldErrorMessage>
        ) : undefined
      }
      input={children}
    />
  );
}

type TextType = 'text' | 'date' | 'email' | 'password' | 'search' | 'time' | 'number';

export function TextField(props: FieldBase & { value?: string; type?: TextType; autoComplete?: string }) {
  return (
    <Frame field={props}>
      <Textbox
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.value ?? ''}
        invalid={Boolean(props.error)}
        required={props.required}
        autoComplete={props.autoComplete}
        aria-describedby={describedBy(props)}
      />
    </Frame>
  );
}

export function TextAreaField(props: FieldBase & { value?: string; rows?: number }) {
  return (
    <Frame field={props}>
      <Textarea
        id={props.id}
        name={props.name}
        rows={props.rows ?? 5}
        defaultValue={props.value ?? ''}
        invalid={Boolean(props.error)}
        required={props.required}
        aria-describedby={describedBy(props)}
      />
    </Frame>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: FieldBase & { value?: string; options: Option[]; emptyLabel?: string }) {
  return (
    <Frame field={props}>
      <Select
        id={props.id}
        name={props.name}
        defaultValue={props.value ?? ''}
        invalid={Boolean(props.error)}
        required={props.required}
        aria-describedby={describedBy(props)}
      >
        {props.emptyLabel !== undefined ? <SelectOption value="">{props.emptyLabel}</SelectOption> : null}
        {props.options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </Frame>
  );
}

/** The hidden CSRF field every staff form carries. */
export function CsrfField({ token }: { token?: string }) {
  return token ? <input type="hidden" name="_csrf" value={token} /> : null;
}

/** A group of radio buttons in a fieldset; the legend is the question, the error sits under it. */
export function RadioGroup(props: {
  id: string;
  name: string;
  legend: string;
  options: Option[];
  value?: string;
  error?: string;
}) {
  const errorId = `${props.id}-fout`;
  return (
    <Fieldset
      invalid={Boolean(props.error)}
      aria-describedby={props.error ? errorId : undefined}
      id={props.id}
    >
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.error ? <FormFieldErrorMessage id={errorId}>{props.error}</FormFieldErrorMessage> : null}
      {props.options.map((o) => {
        const id = `${props.id}-${o.value}`;
        return (
          <FormField
            key={o.value}
            type="radio"
            label={
              <FormLabel htmlFor={id} type="radio">
                {o.label}
              </FormLabel>
            }
            input={
              <RadioButton
                id={id}
                name={props.name}
                value={o.value}
                defaultChecked={props.value === o.value}
                invalid={Boolean(props.error)}
              />
            }
          />
        );
      })}
    </Fieldset>
  );
}
