import { Button, Heading1, Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { FormErrors } from '../forms.js';
import type { PageContext } from '../page-context.js';
import { Crumbs } from './Crumbs.js';
import { ErrorSummary } from './ErrorSummary.js';
import { CsrfField } from './fields.js';
import { Layout } from './Layout.js';

type StaffFormProps = {
  ctx: PageContext;
  title: string;
  action: string;
  submitLabel: string;
  errors: FormErrors;
  trail?: { href: string; label: string }[];
  intro?: ReactNode;
  /** Below the form: other actions on the record (each its own small form). */
  after?: ReactNode;
  multipart?: boolean;
  /** Only the page and what is `after` the form (a role that may not save it). */
  readOnly?: boolean;
  children: ReactNode;
};

/** A staff form page: errors summarised on top and next to each field, typed values kept, CSRF token included. */
export function StaffForm(props: StaffFormProps) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <Crumbs trail={[{ href: '/beheer', label: 'Beheer' }, ...(props.trail ?? [])]} current={props.title} />
      <Heading1>{props.title}</Heading1>
      {props.intro}
      <ErrorSummary errors={props.errors} />
      {props.readOnly ? null : (
        <PostForm
          ctx={props.ctx}
          action={props.action}
          submitLabel={props.submitLabel}
          multipart={props.multipart}
        >
          {props.children}
        </PostForm>
      )}
      {props.after}
    </Layout>
  );
}

/** A staff form: posted with its CSRF token, the fields, and one submit button. */
export function PostForm(props: {
  ctx: PageContext;
  action: string;
  submitLabel: string;
  multipart?: boolean;
  children: ReactNode;
}) {
  return (
    <form
      method="post"
      action={props.action}
      className="mm-form"
      noValidate
      encType={props.multipart ? 'multipart/form-data' : undefined}
    >
      <CsrfField token={props.ctx.csrfToken} />
      {props.children}
      <Button type="submit" appearance="primary-action-button">
        {props.submitLabel}
      </Button>
    </form>
  );
}

/** One of several forms on a staff page, in its own section: a heading, an introduction, the form, its button named as the heading. */
export function FormSection(props: {
  id: string;
  title: string;
  action: string;
  ctx: PageContext;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id} className="mm-section">
      <Heading2 id={props.id}>{props.title}</Heading2>
      {props.intro}
      <PostForm ctx={props.ctx} action={props.action} submitLabel={props.title}>
        {props.children}
      </PostForm>
    </section>
  );
}

/** A one-button form for an action on a record (indienen, publiceren, goedkeuren). */
export function ActionButton({
  ctx,
  action,
  label,
  hidden,
  appearance = 'secondary-action-button',
}: {
  ctx: PageContext;
  action: string;
  label: string;
  hidden?: Record<string, string>;
  appearance?: 'primary-action-button' | 'secondary-action-button';
}) {
  return (
    <form method="post" action={action} className="mm-inline-form">
      <CsrfField token={ctx.csrfToken} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" appearance={appearance}>
        {label}
      </Button>
    </form>
  );
}
