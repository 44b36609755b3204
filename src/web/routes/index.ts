import type { FastifyInstance } from 'fastify';
import type { Web } from '../web.js';
import { agreementRoutes } from './agreements.js';
import { assemblyRoutes } from './assembly/index.js';
import { commitmentRoundRoutes } from './commitment-rounds.js';
import { documentRoutes } from './documents.js';
import { factionRoutes } from './factions.js';
import { homeRoutes } from './home.js';
import { letterRoutes } from './letters.js';
import { meetingRoutes } from './meetings.js';
import { memberRoutes } from './members.js';
import { motionDetailRoutes, motionRoutes } from './motions.js';
import { openResultRoutes } from './open-results.js';
import { PARTICIPATION_ROUTES } from './participation/index.js';
import { resolutionRoutes } from './resolutions.js';
import { searchRoutes } from './search.js';
import { staffCommitmentRoundRoutes } from './staff/commitment-rounds.js';
import { staffCouncilMemberRoutes } from './staff/council-members.js';
import { staffDocumentRoutes } from './staff/documents.js';
import { staffHomeRoutes } from './staff/home.js';
import { staffMotionRoutes } from './staff/motions.js';
import { staffOrganisationRoutes } from './staff/organisations.js';
import { staffPreAdviceRoutes } from './staff/pre-advice.js';
import { staffRegisterExtraRoutes } from './staff/register-extras.js';
import { staffRegisterRoutes } from './staff/registers.js';
import { staffRemoteVoteRoutes } from './staff/remote-votes.js';
import { staffResolutionRoutes } from './staff/resolutions.js';
import { staffRoundRoutes } from './staff/rounds.js';
import { sessionPageRoutes } from './staff/session.js';
import { staffUserRoutes } from './staff/users.js';
import { staticPageRoutes } from './static-pages.js';
import { workspaceRoutes } from './workspace/index.js';
import { remoteVoteRoutes } from './workspace/remote-votes.js';

export type RegisterRoutes = (app: FastifyInstance, web: Web) => void;

/** Every public route file of the portal. */
export const PUBLIC_ROUTES: RegisterRoutes[] = [
  homeRoutes,
  motionRoutes,
  motionDetailRoutes,
  resolutionRoutes,
  agreementRoutes,
  meetingRoutes,
  letterRoutes,
  memberRoutes,
  factionRoutes,
  commitmentRoundRoutes,
  documentRoutes,
  searchRoutes,
  staticPageRoutes,
  openResultRoutes,
  ...PARTICIPATION_ROUTES,
];

/** The login, the staff workspace under /beheer and the members' workspace under /mijn. */
export const STAFF_ROUTES: RegisterRoutes[] = [
  sessionPageRoutes,
  staffHomeRoutes,
  staffMotionRoutes,
  staffPreAdviceRoutes,
  staffRoundRoutes,
  staffCommitmentRoundRoutes,
  staffCouncilMemberRoutes,
  staffRemoteVoteRoutes,
  staffResolutionRoutes,
  staffRegisterRoutes,
  staffRegisterExtraRoutes,
  staffDocumentRoutes,
  staffUserRoutes,
  staffOrganisationRoutes,
  assemblyRoutes,
  workspaceRoutes,
  remoteVoteRoutes,
];
