import { Paragraph } from '@utrecht/component-library-react';
import { daysOverdue } from '../../domain/agreements.js';
import type { PortalWords } from '../../domain/vocabulary/index.js';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import { formatNumber, shorten } from '../format.js';
import { DateText } from './DateText.js';
import { AgreementStatusBadge } from './StatusBadge.js';

/** Agreements with party, deadline and state; the overdue ones say so in words, not only in colour. */
export function AgreementTable({
  agreements,
  today,
  words,
  caption = `Open ${(words?.agreements ?? 'Afspraken').toLowerCase()}, de vroegste termijn eerst`,
}: {
  agreements: AgreementRecord[];
  today: string;
  /** A council's words (toezegging, portefeuillehouder); absent: an association's. */
  words?: PortalWords;
  caption?: string;
}) {
  const commitments = words !== undefined && !words.associationParts;
  if (agreements.length === 0)
    return (
      <Paragraph>
        Er zijn geen open {(words?.agreements ?? 'Afspraken').toLowerCase()} met een termijn.
      </Paragraph>
    );
  return (
    <div className="mm-table-wrap">
      <table className="mm-table">
        <caption className="mm-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{commitments ? 'Toezegging' : 'Afspraak'}</th>
            <th scope="col">{commitments ? 'Portefeuillehouder' : 'Partij'}</th>
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
                <td>{(commitments ? (a.portfolioHolder ?? a.party) : a.party) ?? '–'}</td>
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
