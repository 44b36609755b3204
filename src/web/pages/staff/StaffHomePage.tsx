import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Action } from '../../../auth/policies.js';
import { type PortalWords, roundStatus } from '../../../domain/vocabulary/index.js';
import type { AccountabilityRoundRecord } from '../../../store/repositories/accountability.js';
import type { MotionWithSubmitters } from '../../../store/repositories/motions.js';
import type { ResolutionRecord } from '../../../store/repositories/resolutions.js';
import { Layout } from '../../components/Layout.js';
import { ActionButton } from '../../components/StaffForm.js';
import { type PageContext, viewerMay, wordsOf } from '../../page-context.js';

export type StaffHomeData = {
  drafts: MotionWithSubmitters[];
  submitted: MotionWithSubmitters[];
  resolutions: ResolutionRecord[];
  rounds: AccountabilityRoundRecord[];
  isAdmin: boolean;
  /** The installation's organisations are managed here (the default organisation only). */
  managesOrganisations?: boolean;
  /** A council: its commitments rounds (toezeggingenlijsten) have their own staff pages. */
  isCouncil?: boolean;
};

/**
 * The forms to record something new, in the organisation's words, each shown to the roles that may use it;
 * resolutions and member letters are the association's.
 */
const newLinks = (words: PortalWords): [string, string, Action][] =>
  (
    [
      ['/beheer/moties/nieuw', 'Nieuwe motie', 'motion.create', true],
      ['/beheer/resoluties/nieuw', 'Nieuwe resolutie', 'resolution.write', words.associationParts],
      ['/beheer/afspraken/nieuw', `Nieuwe ${words.agreement}`, 'agreement.write', true],
      ['/beheer/ledenbrieven/nieuw', 'Nieuwe ledenbrief', 'letter.write', words.associationParts],
      ['/beheer/vergaderingen/nieuw', 'Nieuwe vergadering', 'meeting.write', true],
      ['/beheer/documenten/nieuw', 'Document importeren', 'document.write', true],
    ] as [string, string, Action, boolean][]
  )
    .filter(([, , , offered]) => offered)
    .map(([href, label, action]) => [href, label, action]);

/** A record's staff form for those who may edit it, else its page in the portal. */
const recordHref = (ctx: PageContext, action: Action, staffPath: string, portalPath: string, id: string) =>
  viewerMay(ctx.viewer, action) ? `${staffPath}/${id}` : `${portalPath}/${id}`;

/** Motions by title, to their staff form; for the chair, motions awaiting a result to the page that records it. */
function MotionLinks({
  ctx,
  motions,
  empty,
  awaitingResult = false,
}: {
  ctx: PageContext;
  motions: MotionWithSubmitters[];
  empty: string;
  awaitingResult?: boolean;
}) {
  if (motions.length === 0) return <Paragraph>{empty}</Paragraph>;
  const toResult =
    awaitingResult && !viewerMay(ctx.viewer, 'motion.update') && viewerMay(ctx.viewer, 'motion.recordVote');
  return (
    <ul>
      {motions.map((m) => (
        <li key={m.id}>
          <a
            href={
              toResult
                ? `/beheer/moties/${m.id}/stemuitslag`
                : recordHref(ctx, 'motion.update', '/beheer/moties', '/moties', m.id)
            }
          >
            {m.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function StaffHomePage({ ctx, data }: { ctx: PageContext; data: StaffHomeData }) {
  return (
    <Layout ctx={ctx} title="Beheer">
      <Heading1>Beheer</Heading1>
      <Paragraph>
        Ingelogd als <strong>{ctx.viewer?.name}</strong>.{' '}
        <ActionButton ctx={ctx} action="/uitloggen" label="Uitloggen" />
      </Paragraph>
      <nav aria-labelledby="nieuw-kop" className="mm-section">
        <Heading2 id="nieuw-kop">Vastleggen</Heading2>
        <ul className="mm-kind-list mm-inline-list">
          {newLinks(wordsOf(ctx))
            .filter(([, , action]) => viewerMay(ctx.viewer, action))
            .map(([href, label]) => (
              <li key={href}>
                <a href={href}>{label}</a>
              </li>
            ))}
          {data.isCouncil ? (
            <li>
              <a href="/beheer/toezeggingenlijsten">Toezeggingenlijsten</a>
            </li>
          ) : (
            <li>
              <a href="/beheer/raadplegingen">Ledenraadplegingen</a>
            </li>
          )}
          {!data.isCouncil && viewerMay(ctx.viewer, 'poll.read') ? (
            <li>
              <a href="/beheer/peilingen">Ledenpeilingen</a>
            </li>
          ) : null}
          <li>
            <a href="/beheer/berichten">Berichten</a>
          </li>
          {data.isCouncil ? (
            <li>
              <a href="/beheer/fracties">Fracties en raadsleden</a>
            </li>
          ) : null}
          {data.isAdmin ? (
            <li>
              <a href="/beheer/gebruikers">Gebruikers</a>
            </li>
          ) : null}
          {data.isAdmin && data.managesOrganisations !== false ? (
            <li>
              <a href="/beheer/organisaties">Organisaties</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="mm-grid">
        <section className="mm-card" aria-labelledby="rondes-kop">
          <Heading2 id="rondes-kop">Verantwoording</Heading2>
          <ul>
            {data.rounds.map((r) => (
              <li key={r.id}>
                <a href={`/beheer/verantwoording/${r.id}`}>{r.title}</a>{' '}
                <span className="mm-meta">({roundStatus.label(r.status)})</span>
              </li>
            ))}
          </ul>
          <Paragraph>
            <a href="/beheer/verantwoording">Alle rondes, of een nieuwe ronde openen</a>
          </Paragraph>
        </section>
        <section className="mm-card" aria-labelledby="concepten-kop">
          <Heading2 id="concepten-kop">Conceptmoties</Heading2>
          <MotionLinks ctx={ctx} motions={data.drafts} empty="Er zijn geen conceptmoties." />
          <Heading2 id="ingediend-kop">Ingediend, nog geen uitslag</Heading2>
          <MotionLinks
            ctx={ctx}
            awaitingResult
            motions={data.submitted}
            empty="Er wachten geen moties op een stemuitslag."
          />
        </section>
        {data.isCouncil ? null : (
          <section className="mm-card" aria-labelledby="resoluties-kop">
            <Heading2 id="resoluties-kop">Resoluties</Heading2>
            <ul>
              {data.resolutions.map((r) => (
                <li key={r.id}>
                  <a href={recordHref(ctx, 'resolution.write', '/beheer/resoluties', '/resoluties', r.id)}>
                    {r.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Layout>
  );
}
