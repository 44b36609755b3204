import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { Option } from './fields.js';

/** A group of checkboxes in a fieldset: the legend is the question, the error sits under it. */
export function CheckboxGroup(props: {
  id: string;
  name: string;
  legend: string;
  options: Option[];
  values: string[];
  error?: string;
  description?: string;
}) {
  const errorId = `${props.id}-fout`;
  return (
    <Fieldset
      invalid={Boolean(props.error)}
      aria-describedby={props.error ? errorId : undefined}
      id={props.id}
    >
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.description ? <p className="mm-meta">{props.description}</p> : null}
      {props.error ? <FormFieldErrorMessage id={errorId}>{props.error}</FormFieldErrorMessage> : null}
      {props.options.map((o, i) => {
        const id = `${props.id}-${i}`;
        return (
          <FormField
            key={o.value}
            type="checkbox"
            label={
              <FormLabel htmlFor={id} type="checkbox">
                {o.label}
              </FormLabel>
            }
            input={
              <Checkbox
                id={id}
                name={props.name}
                value={o.value}
                defaultChecked={props.values.includes(o.value)}
                invalid={Boolean(props.error)}
              />
            }
          />
        );
      })}
    </Fieldset>
  );
}
