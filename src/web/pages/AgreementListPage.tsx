import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
} from '@utrecht/component-library-react';
import { agreementStatus } from '../../domain/vocabulary/index.js';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import { AgreementTable } from '../components/AgreementTable.js';
import { AsOfNote } from '../components/AsOfNote.js';
import { SelectField } from '../components/fields.js';
import { Layout } from '../components/Layout.js';
import { Pagination } from '../components/Pagination.js';
import { ResultCount } from '../components/ResultCount.js';
import { type PageContext, wordsOf } from '../page-context.js';

export type AgreementListQuery = { status: string; overdue: boolean; page: number };
export type AgreementListData = {
  query: AgreementListQuery;
  items: AgreementRecord[];
  total: number;
  pageSize: number;
  today: string;
  /** The records' reference date (the latest meeting held), shown as "stand per …"; null: today. */
  asOf?: string | null;
};

export function agreementListHref(q: AgreementListQuery, page: number): string {
  const params = new URLSearchParams();
  if (q.status) params.set('status', q.status);
  if (q.overdue) params.set('verstreken', 'ja');
  if (page > 1) params.set('pagina', String(page));
  const text = params.toString();
  return text ? `/afspraken?${text}` : '/afspraken';
}

export function AgreementListPage({ ctx, data }: { ctx: PageContext; data: AgreementListData }) {
  const { query } = data;
  const words = wordsOf(ctx);
  return (
    <Layout ctx={ctx} title={words.agreements}>
      <Heading1>{words.agreements}</Heading1>
      <Paragraph className="mm-lead">
        {words.associationParts
          ? 'Afspraken met het Rijk en andere partijen, met hun termijn en of ze zijn nagekomen.'
          : `Toezeggingen van het ${words.executive} aan de ${words.body}, met de verantwoordelijke portefeuillehouder, hun termijn en of ze zijn nagekomen.`}{' '}
        Een {words.agreement} waarvan de termijn is verstreken terwijl ze nog openstaat, is gemarkeerd.
      </Paragraph>
      <form
        method="get"
        action="/afspraken"
        className="mm-compare"
        aria-label={`${words.agreements} filteren`}
      >
        <SelectField
          id="filter-status"
          name="status"
          label="Stand"
          value={query.status}
          emptyLabel="Alle"
          options={agreementStatus.options()}
        />
        <FormField
          type="checkbox"
          label={
            <FormLabel htmlFor="filter-verstreken" type="checkbox">
              Alleen verstreken termijnen
            </FormLabel>
          }
          input={
            <Checkbox id="filter-verstreken" name="verstreken" value="ja" defaultChecked={query.overdue} />
          }
        />
        <Button type="submit" appearance="secondary-action-button">
          Filter
        </Button>
      </form>
      <ResultCount
        total={data.total}
        page={query.page}
        pageSize={data.pageSize}
        shown={data.items.length}
        one={words.agreement}
        many={words.agreements.toLowerCase()}
      />
      <AsOfNote asOf={data.asOf ?? null} meeting={words.meeting} />
      <AgreementTable
        agreements={data.items}
        today={data.today}
        words={words}
        caption={`${words.agreements}, de vroegste termijn eerst`}
      />
      <Pagination
        page={query.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        hrefFor={(p) => agreementListHref(query, p)}
      />
    </Layout>
  );
}
