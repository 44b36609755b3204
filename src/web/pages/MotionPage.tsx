import { DataList, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isBeforeVote } from '../../domain/motion-lifecycle.js';
import { formatDutchDate, motionStatus, preAdvice } from '../../domain/vocabulary/index.js';
import type { ProvenanceWithDocument } from '../../store/repositories/documents.js';
import type { MeetingRecord } from '../../store/repositories/meetings.js';
import type { AmendmentRecord, PreAdviceRecord } from '../../store/repositories/motion-extras.js';
import type { MotionPartRecord, MotionWithSubmitters } from '../../store/repositories/motions.js';
import type { ClauseRecord } from '../../store/repositories/resolutions.js';
import { CallText } from '../components/CallText.js';
import { ClauseList } from '../components/ClauseList.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { Fact } from '../components/Fact.js';
import { Layout } from '../components/Layout.js';
import { type CouncilNamedVote, type NamedVote, NamedVotes } from '../components/NamedVotes.js';
import { Sources } from '../components/Sources.js';
import { MotionStatusBadge, PartStatusBadge } from '../components/StatusBadge.js';
import { TextBlock } from '../components/TextBlock.js';
import { Timeline } from '../components/Timeline.js';
import { type TimelineEvent, voteWording } from '../motion-timeline.js';
import { type PageContext, viewerMay } from '../page-context.js';

export type MotionPageData = {
  motion: MotionWithSubmitters;
  meeting: MeetingRecord | undefined;
  parts: MotionPartRecord[];
  clauses: ClauseRecord[];
  preAdvice: PreAdviceRecord | undefined;
  amendments: AmendmentRecord[];
  timeline: TimelineEvent[];
  sources: ProvenanceWithDocument[];
  namedVotes: NamedVote[];
  councilVotes?: CouncilNamedVote[];
};

export function MotionPage({ ctx, data }: { ctx: PageContext; data: MotionPageData }) {
  const { motion, meeting } = data;
  const vote = voteWording(motion);
  return (
    <Layout ctx={ctx} title={motion.title}>
      <Crumbs
        trail={[{ href: '/moties', label: 'Moties' }]}
        current={motion.number ? `Motie ${motion.number}` : 'Motie'}
      />
      <Heading1>{motion.title}</Heading1>
      <p>
        <MotionStatusBadge status={motion.status} />
      </p>
      <StaffMotionLinks ctx={ctx} motion={motion} />
      <DataList className="mm-facts">
        <Fact label="Indieners">
          {motion.submitters.map((s, i) => (
            <span key={s.position}>
              {i > 0 ? ', ' : ''}
              {s.memberId ? <a href={`/leden/${s.memberId}`}>{s.name}</a> : s.name}
            </span>
          ))}
          {motion.andOthers ? ' en anderen' : ''}
        </Fact>
        {motion.topic ? <Fact label="Onderwerp">{motion.topic}</Fact> : null}
        {meeting ? (
          <Fact label="Vergadering">
            <a href={`/vergaderingen/${meeting.id}`}>{meeting.title}</a>
            {meeting.title.includes(formatDutchDate(meeting.date)) ? null : (
              <>
                , <DateText value={meeting.date} />
              </>
            )}
          </Fact>
        ) : null}
        <Fact label="Status">{motionStatus.label(motion.status)}</Fact>
        {vote ? <Fact label="Stemuitslag">{vote}</Fact> : null}
        {data.preAdvice ? (
          <Fact label="Preadvies bestuur">{preAdvice.label(data.preAdvice.advice)}</Fact>
        ) : null}
      </DataList>

      <section aria-labelledby="tekst" className="mm-section">
        <Heading2 id="tekst">Tekst van de motie</Heading2>
        {data.clauses.length > 0 ? (
          <ClauseList clauses={data.clauses} />
        ) : motion.body || motion.call ? (
          <>
            <TextBlock text={motion.body} />
            {motion.call ? <CallText text={motion.call} /> : null}
          </>
        ) : (
          // A motion known only from a list of results: its text is not in the register (yet).
          <Paragraph className="mm-meta">De tekst van deze motie staat (nog) niet in het register.</Paragraph>
        )}
        {data.parts.length > 0 ? <Parts parts={data.parts} /> : null}
      </section>

      {data.amendments.length > 0 ? (
        <section aria-labelledby="amendementen" className="mm-section">
          <Heading2 id="amendementen">Amendementen</Heading2>
          <ul>
            {data.amendments.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong> ({a.submitters.map((s) => s.name).join(', ')}): {a.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="verloop" className="mm-section">
        <Heading2 id="verloop">Verloop</Heading2>
        <Timeline events={data.timeline} />
      </section>

      {data.councilVotes?.some((v) => v.ballots.length > 0) ? (
        <section aria-labelledby="raadsstemmen" className="mm-section">
          <Heading2 id="raadsstemmen">Stemmen per raadslid</Heading2>
          <NamedVotes by="councillor" votes={data.councilVotes} />
        </section>
      ) : null}

      {data.namedVotes.some((v) => v.ballots.length > 0) ? (
        <section aria-labelledby="stemmen" className="mm-section">
          <Heading2 id="stemmen">Stemmen per gemeente</Heading2>
          <NamedVotes by="member" votes={data.namedVotes} />
          <p>
            <a href={`/moties/${data.motion.id}/stemmen.csv`}>Stemmen per gemeente downloaden (CSV)</a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="bronnen" className="mm-section">
        <Heading2 id="bronnen">Brondocumenten</Heading2>
        <Sources sources={data.sources} />
      </section>

      {data.motion.status !== 'draft' ? (
        <Paragraph>
          <a href={`/moties/${data.motion.id}/volgen`}>Volg deze motie per e-mail</a>
        </Paragraph>
      ) : null}
    </Layout>
  );
}

function Parts({ parts }: { parts: MotionPartRecord[] }) {
  return (
    <>
      <h3 className="utrecht-heading-3">In delen gestemd</h3>
      <ol>
        {parts.map((p) => (
          <li key={p.id}>
            {p.text ?? `Deel ${p.number}`}: <PartStatusBadge status={p.status} />
            {p.voteResult ? <span className="mm-meta"> {p.voteResult}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

/** For the roles that may: the motion's staff form, the board's pre-advice before the vote, the vote's result. */
function StaffMotionLinks({ ctx, motion }: { ctx: PageContext; motion: MotionWithSubmitters }) {
  const beforeVote = isBeforeVote(motion.status);
  const links = [
    viewerMay(ctx.viewer, 'motion.update') && {
      href: `/beheer/moties/${motion.id}`,
      label: 'Motie bewerken',
    },
    beforeVote &&
      viewerMay(ctx.viewer, 'preAdvice.create') && {
        href: `/beheer/moties/${motion.id}/preadvies`,
        label: 'Preadvies geven',
      },
    motion.status === 'submitted' &&
      viewerMay(ctx.viewer, 'motion.recordVote') && {
        href: `/beheer/moties/${motion.id}/stemuitslag`,
        label: 'Stemuitslag vastleggen',
      },
  ].filter((link) => link !== false);
  if (links.length === 0) return null;
  return (
    <ul className="mm-plain-list mm-inline-list mm-no-print">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  );
}
