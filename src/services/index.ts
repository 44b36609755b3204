// The use cases, one per file, shared by the API and the portal. Each takes one options object with
// `db` (the database, or a transaction to join) and `writer` (`writerOf(request)` from src/auth), runs in
// one transaction that also appends the audit events, and throws DomainError / ServiceError when refused.
export { approveAccountabilityEntry } from './accountability/approve-accountability-entry.js';
export { approveAccountabilityRound } from './accountability/approve-accountability-round.js';
export { editAccountabilityRound } from './accountability/edit-accountability-round.js';
export { openAccountabilityRound } from './accountability/open-accountability-round.js';
export { recordAssemblyDecision } from './accountability/record-assembly-decision.js';
export { recordRoundVote } from './accountability/record-round-vote.js';
export { addMissingMotions, checkRoundCompleteness } from './accountability/round-completeness.js';
export { writeAccountabilityEntry } from './accountability/write-accountability-entry.js';
export { changeAgreementStatus } from './agreements/change-agreement-status.js';
export { editAgreement, recordAgreement } from './agreements/record-agreement.js';
export { ServiceError, type ServiceErrorKind } from './errors.js';
export { editAgendaItem, putOnAgenda } from './meetings/add-agenda-item.js';
export { editMeeting } from './meetings/edit-meeting.js';
export { scheduleMeeting } from './meetings/schedule-meeting.js';
export { editMotionPart, splitMotion } from './motions/add-motion-part.js';
export { amendMotion } from './motions/amend-motion.js';
export { cosignMotion } from './motions/cosign-motion.js';
export { draftMotion } from './motions/draft-motion.js';
export { editMotion } from './motions/edit-motion.js';
export { givePreAdvice } from './motions/give-pre-advice.js';
export { moveMotion } from './motions/move-motion.js';
export { postponeMotion } from './motions/postpone-motion.js';
export { recordPartVoteResult } from './motions/record-part-vote-result.js';
export { recordVoteResult } from './motions/record-vote-result.js';
export { submitMotion } from './motions/submit-motion.js';
export { withdrawMotion } from './motions/withdraw-motion.js';
export { describeDocument } from './registers/describe-document.js';
export { editConsultation, recordConsultation } from './registers/record-consultation.js';
export { editMember, registerMember } from './registers/register-member.js';
export { attachToLetter, editLetter, writeLetter } from './registers/write-letter.js';
export { draftResolution, editResolution } from './resolutions/draft-resolution.js';
export {
  addResolutionClause,
  draftResolutionVersion,
  editResolutionClause,
} from './resolutions/draft-resolution-version.js';
export { publishResolutionVersion } from './resolutions/publish-resolution-version.js';
export { recordResolutionVote } from './resolutions/record-resolution-vote.js';
export type { UseCase } from './types.js';
export { createUserAccount } from './users/create-user-account.js';
export { editUserAccount } from './users/edit-user-account.js';
export { issueApiToken, revokeApiToken } from './users/issue-api-token.js';
export { castVote } from './votes/cast-vote.js';
export { closeVote, openVote, publishVote } from './votes/move-vote.js';
export { prepareVote } from './votes/prepare-vote.js';
