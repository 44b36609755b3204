import { DataList, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDutchDateTime as formatDateTime, outboxStatus } from '../../../domain/vocabulary/index.js';
import type { OutboxMessageRecord, OutboxStatus } from '../../../store/repositories/outbox.js';
import { Crumbs } from '../../components/Crumbs.js';
import { Fact } from '../../components/Fact.js';
import { Layout } from '../../components/Layout.js';
import { Pagination } from '../../components/Pagination.js';
import { ActionButton } from '../../components/StaffForm.js';
import { formatNumber } from '../../format.js';
import { type PageContext, viewerMay } from '../../page-context.js';

/** The labels of the vocabulary, in its order: the filter links list them so. */
export const OUTBOX_STATUS_LABELS = Object.fromEntries(
  outboxStatus.options().map((o) => [o.value, o.label]),
) as Record<OutboxStatus, string>;

export type OutboxPageData = {
  smtpConfigured: boolean;
  counts: Record<OutboxStatus, number>;
  status: string;
  messages: OutboxMessageRecord[];
  page: number;
  pageCount: number;
};

/** Staff: what the outbox holds — waiting, sent, failed — and a failed message can be queued again. */
export function OutboxPage({ ctx, data }: { ctx: PageContext; data: OutboxPageData }) {
  const href = (status: string, page = 1) =>
    `/beheer/berichten?${new URLSearchParams({ ...(status ? { status } : {}), ...(page > 1 ? { pagina: String(page) } : {}) })}`;
  return (
    <Layout ctx={ctx} title="Berichten">
      <Crumbs trail={[{ href: '/beheer', label: 'Beheer' }]} current="Berichten" />
      <Heading1>Berichten</Heading1>
      <Paragraph>
        {data.smtpConfigured
          ? 'Berichten worden verzonden via de ingestelde mailserver. Een mislukte poging wordt later herhaald.'
          : 'Er is geen mailserver ingesteld (SMTP_URL): berichten blijven in de wachtrij tot die er is.'}
      </Paragraph>
      <nav aria-label="Berichten per status">
        <ul className="mm-status-links">
          <li>
            <a href={href('')} aria-current={data.status === '' ? 'page' : undefined}>
              Alle ({formatNumber(Object.values(data.counts).reduce((a, b) => a + b, 0))})
            </a>
          </li>
          {(Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[]).map((s) => (
            <li key={s}>
              <a href={href(s)} aria-current={data.status === s ? 'page' : undefined}>
                {OUTBOX_STATUS_LABELS[s]} ({formatNumber(data.counts[s])})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Heading2>
        {data.status ? OUTBOX_STATUS_LABELS[data.status as OutboxStatus] : 'Alle berichten'}
      </Heading2>
      {data.messages.length === 0 ? (
        <Paragraph>Geen berichten.</Paragraph>
      ) : (
        <div className="mm-table-wrap">
          <table className="mm-table">
            <caption className="mm-visually-hidden">Berichten, nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Aangemaakt</th>
                <th scope="col">Aan</th>
                <th scope="col">Onderwerp</th>
                <th scope="col">Status</th>
                <th scope="col" className="mm-num">
                  Pogingen
                </th>
              </tr>
            </thead>
            <tbody>
              {data.messages.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.createdAt)}</td>
                  <td>{m.recipientEmail ?? '(verwijderd)'}</td>
                  <td>
                    <a href={`/beheer/berichten/${m.id}`}>{m.subject}</a>
                  </td>
                  <td>
                    {OUTBOX_STATUS_LABELS[m.status as OutboxStatus] ?? m.status}
                    {m.sentAt ? `, ${formatDateTime(m.sentAt)}` : ''}
                    {m.lastError ? <span className="mm-meta"> ({m.lastError})</span> : null}
                  </td>
                  <td className="mm-num">{m.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(p) => href(data.status, p)} />
    </Layout>
  );
}

/** One message as it was (or will be) sent: the plain-text version, and a retry for a failed one. */
export function OutboxMessagePage({ ctx, message }: { ctx: PageContext; message: OutboxMessageRecord }) {
  return (
    <Layout ctx={ctx} title={message.subject}>
      <Crumbs
        trail={[
          { href: '/beheer', label: 'Beheer' },
          { href: '/beheer/berichten', label: 'Berichten' },
        ]}
        current={message.subject}
      />
      <Heading1>{message.subject}</Heading1>
      <DataList className="mm-facts">
        <Fact label="Aan">{message.recipientEmail ?? '(verwijderd)'}</Fact>
        <Fact label="Status">
          {OUTBOX_STATUS_LABELS[message.status as OutboxStatus] ?? message.status}
          {message.sentAt ? `, ${formatDateTime(message.sentAt)}` : ''}
        </Fact>
        <Fact label="Pogingen">{message.attempts}</Fact>
        {message.lastError ? <Fact label="Laatste fout">{message.lastError}</Fact> : null}
      </DataList>
      {message.status === 'failed' && viewerMay(ctx.viewer, 'meeting.write') ? (
        <ActionButton ctx={ctx} action={`/beheer/berichten/${message.id}/opnieuw`} label="Opnieuw proberen" />
      ) : null}
      <Heading2>Tekst</Heading2>
      <pre className="mm-message-text">{message.bodyText}</pre>
    </Layout>
  );
}
