import type { Migration } from 'kysely';
import * as initialSchema from './2026-11-23T1400_initial-schema.js';
import * as searchIndex from './2026-11-23T1500_search-index.js';
import * as portalListIndexes from './2026-11-23T1900_portal-list-indexes.js';
import * as importedMotionDetails from './2026-11-29T1800_imported-motion-details.js';
import * as resolutionAcclamation from './2026-11-29T2000_resolution-acclamation.js';
import * as outbox from './2026-11-29T2100_outbox.js';
import * as registrations from './2026-11-29T2110_registrations.js';
import * as polls from './2026-11-29T2120_polls.js';
import * as motionFollows from './2026-11-29T2130_motion-follows.js';
import * as accountabilityCycle from './2026-11-29T2200_accountability-cycle.js';
import * as assemblyAttendance from './2026-11-29T2210_assembly-attendance.js';
import * as auditStateHash from './2026-11-29T2220_audit-state-hash.js';
import * as organisationKinds from './2026-11-30T0100_organisation-kinds.js';
import * as motionInvitations from './2026-11-30T0200_motion-invitations.js';
import * as remoteVotes from './2026-11-30T0210_remote-votes.js';
import * as meetingLiveTally from './2026-11-30T0300_meeting-live-tally.js';
import * as sharedProcessState from './2026-11-30T0400_shared-process-state.js';
import * as boardMeeting from './2026-11-30T0500_board-meeting.js';
import * as voteSubjects from './2026-11-30T0600_vote-subjects.js';
import * as councilCycle from './2026-11-30T1000_council-cycle.js';
import * as provenanceByDocument from './2026-11-30T1100_provenance-by-document.js';
import * as meetingMotionOrder from './2026-11-30T1300_meeting-motion-order.js';
import * as searchTerms from './2026-12-01T0200_search-terms.js';
import * as registerNotify from './2026-12-01T0500_register-notify.js';
import * as searchPostings from './2026-12-01T0700_search-postings.js';
import * as searchPostingsVacuum from './2026-12-01T0900_search-postings-vacuum.js';
import * as auditChainHeadLocked from './2026-12-01T1200_audit-chain-head-locked.js';
import * as childParentIndexes from './2026-12-01T1400_child-parent-indexes.js';
import * as lookupIndexes from './2026-12-01T1500_lookup-indexes.js';
import * as motionMeetingIndexOnce from './2026-12-01T1600_motion-meeting-index-once.js';
import * as childLookupIndexes from './2026-12-01T1700_child-lookup-indexes.js';

/** Every migration, keyed by its timestamped name. Add new ones here; never edit one that has landed. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T1400_initial-schema': initialSchema,
  '2026-11-23T1500_search-index': searchIndex,
  '2026-11-23T1900_portal-list-indexes': portalListIndexes,
  '2026-11-29T1800_imported-motion-details': importedMotionDetails,
  '2026-11-29T2000_resolution-acclamation': resolutionAcclamation,
  '2026-11-29T2100_outbox': outbox,
  '2026-11-29T2110_registrations': registrations,
  '2026-11-29T2120_polls': polls,
  '2026-11-29T2130_motion-follows': motionFollows,
  '2026-11-29T2200_accountability-cycle': accountabilityCycle,
  '2026-11-29T2210_assembly-attendance': assemblyAttendance,
  '2026-11-29T2220_audit-state-hash': auditStateHash,
  '2026-11-30T0100_organisation-kinds': organisationKinds,
  '2026-11-30T0200_motion-invitations': motionInvitations,
  '2026-11-30T0210_remote-votes': remoteVotes,
  '2026-11-30T0300_meeting-live-tally': meetingLiveTally,
  '2026-11-30T0400_shared-process-state': sharedProcessState,
  '2026-11-30T0500_board-meeting': boardMeeting,
  '2026-11-30T0600_vote-subjects': voteSubjects,
  '2026-11-30T1000_council-cycle': councilCycle,
  '2026-11-30T1100_provenance-by-document': provenanceByDocument,
  '2026-11-30T1300_meeting-motion-order': meetingMotionOrder,
  '2026-12-01T0200_search-terms': searchTerms,
  '2026-12-01T0500_register-notify': registerNotify,
  '2026-12-01T0700_search-postings': searchPostings,
  '2026-12-01T0900_search-postings-vacuum': searchPostingsVacuum,
  '2026-12-01T1200_audit-chain-head-locked': auditChainHeadLocked,
  '2026-12-01T1400_child-parent-indexes': childParentIndexes,
  '2026-12-01T1500_lookup-indexes': lookupIndexes,
  '2026-12-01T1600_motion-meeting-index-once': motionMeetingIndexOnce,
  '2026-12-01T1700_child-lookup-indexes': childLookupIndexes,
};
