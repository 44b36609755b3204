import { DataList, Heading1, Heading2 } from '@utrecht/component-library-react';
import type { MemberBallot } from '../../store/repositories/member-activity.js';
import type { MemberRecord } from '../../store/repositories/members.js';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { Fact } from '../components/Fact.js';
import { Layout } from '../components/Layout.js';
import { MemberBallots } from '../components/MemberBallots.js';
import { MotionListItem } from '../components/MotionListItem.js';
import { Pagination } from '../components/Pagination.js';
import { ResultCount } from '../components/ResultCount.js';
import { formatNumber } from '../format.js';
import type { PageContext } from '../page-context.js';

export type MemberPageData = {
  member: MemberRecord;
  successor: MemberRecord | undefined;
  motions: MotionWithSubmitters[];
  total: number;
  page: number;
  pageSize: number;
  /** How the municipality voted, vote by vote (published votes; its own representatives also see the rest). */
  ballots: MemberBallot[];
};

export function MemberPage({ ctx, data }: { ctx: PageContext; data: MemberPageData }) {
  const { member: m } = data;
  return (
    <Layout ctx={ctx} title={m.name}>
      <Crumbs trail={[{ href: '/leden', label: 'Leden' }]} current={m.name} />
      <Heading1>{m.name}</Heading1>
      <DataList className="mm-facts">
        <Fact label="Code">{m.code}</Fact>
        {m.province ? <Fact label="Provincie">{m.province}</Fact> : null}
        {m.inhabitants !== null ? (
          <Fact label="Inwoners">
            {formatNumber(m.inhabitants)}
            {m.populationDate ? (
              <span className="mm-meta">
                {' '}
                (peildatum <DateText value={m.populationDate} />)
              </span>
            ) : null}
          </Fact>
        ) : null}
        {m.status !== 'active' ? (
          <Fact label="Status">
            {data.successor ? (
              <>
                Opgegaan in <a href={`/leden/${data.successor.id}`}>{data.successor.name}</a>
              </>
            ) : (
              'Opgeheven'
            )}
            {m.ceasedOn ? (
              <>
                {' '}
                op <DateText value={m.ceasedOn} />
              </>
            ) : null}
          </Fact>
        ) : null}
      </DataList>
      <p>
        <a className="mm-target-link" href={`/api/v1/leden/${m.id}/kalender`}>
          Agenda van {m.name} (ICS): vergaderingen, termijnen en peilingen
        </a>
      </p>
      <section aria-labelledby="moties" className="mm-section">
        <Heading2 id="moties">Moties van {m.name}</Heading2>
        <ResultCount
          total={data.total}
          page={data.page}
          pageSize={data.pageSize}
          shown={data.motions.length}
          one="motie"
          many="moties"
        />
        <ol className="mm-plain-list">
          {data.motions.map((x) => (
            <MotionListItem key={x.id} motion={x} headingLevel={3} />
          ))}
        </ol>
        <Pagination
          page={data.page}
          pageCount={Math.ceil(data.total / data.pageSize)}
          hrefFor={(p) => `/leden/${m.id}${p > 1 ? `?pagina=${p}` : ''}`}
        />
      </section>
      <section aria-labelledby="stemgedrag" className="mm-section">
        <Heading2 id="stemgedrag">Hoe {m.name} stemde</Heading2>
        {data.ballots.length === 0 ? (
          <p className="utrecht-paragraph">
            Er zijn geen gepubliceerde stemmingen met een stem van {m.name}.
          </p>
        ) : (
          <>
            <MemberBallots
              ballots={data.ballots}
              caption={`${data.ballots.length} ${data.ballots.length === 1 ? 'stemming' : 'stemmingen'}, nieuwste eerst`}
            />
            <p className="utrecht-paragraph">
              <a href={`/leden/${m.id}/stemmen.csv`}>Stemmen van {m.name} downloaden (CSV)</a>
            </p>
          </>
        )}
      </section>
    </Layout>
  );
}
