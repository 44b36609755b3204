import { Paragraph } from '@utrecht/component-library-react';
import { daysOverdue } from '../../domain/agreements.js';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import { formatNumber, shorten } from '../format.js';
import { DateText } from './DateText.js';
import { AgreementStatusBadge } from './StatusBadge.js';

/** Agreements with party, deadline and state; the overdue ones say so in words, not only in colour. */
export function AgreementTable({
  agreements,
  today,
  caption = 'Open afspraken, de vroegste termijn eerst',
}: {
  agreements: AgreementRecord[];
  today: string;
  caption?: string;
}) {
  if (agreements.length === 0) return <Paragraph>Er zijn geen open afspraken met een termijn.</Paragraph>;
  return (
    <div className="mm-table-wrap">
      <table className="mm-table">
        <caption className="mm-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Afspraak</th>
            <th scope="col">Partij</th>
            <th scope="col">Uiterlijk</th>
            <th scope="col">Stand</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((a) => {
            const late = daysOverdue(a, today);
            return (
              <tr key={a.id}>
                <td>
                  <a href={`/afspraken/${a.id}`}>{shorten(a.text)}</a>
                </td>
                <td>{a.party ?? '–'}</td>
                <td>
                  <DateText value={a.dueDate} />
                </td>
                <td>
                  <AgreementStatusBadge status={a.status} overdue={late > 0} />
                  {late > 0 ? <span className="mm-meta"> {formatNumber(late)} dagen over tijd</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
