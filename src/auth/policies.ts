import type { Role } from './roles.js';

/**
 * Who may do what: one line per action, per role either 'all' records or only those of the
 * role's own member ('own-member': a representative acts for their own municipality).
 * Roles that are not listed are refused. The authorisation matrix test reads this same table.
 */
export type Scope = 'all' | 'own-member';
export type Policy = Partial<Record<Role, Scope>>;

const A: Scope = 'all';
const O: Scope = 'own-member';

export const POLICIES = {
  // Registers
  'member.write': { staff: A, admin: A },
  'meeting.write': { staff: A, chair: A, admin: A },
  'registration.read': { staff: A, chair: A, admin: A },
  'registration.write': { staff: A, chair: A, admin: A },
  'poll.write': { staff: A, admin: A },
  'poll.read': { staff: A, board: A, chair: A, admin: A },
  'poll.respond': { member: O, staff: A, admin: A },
  'consultation.write': { staff: A, admin: A },
  'letter.write': { staff: A, admin: A },
  'document.write': { staff: A, admin: A },
  'agreement.write': { staff: A, admin: A },
  'agreement.changeStatus': { staff: A, board: A, admin: A },
  // Motions
  'motion.create': { member: O, staff: A, admin: A },
  'motion.update': { member: O, staff: A, admin: A },
  'motion.submit': { member: O, staff: A, admin: A },
  'motion.cosign': { member: O, staff: A, admin: A },
  'motion.withdraw': { member: O, staff: A, admin: A },
  'motion.postpone': { staff: A, chair: A, admin: A },
  'motion.recordVote': { staff: A, chair: A, admin: A },
  'motion.addPart': { staff: A, admin: A },
  'amendment.create': { member: O, staff: A, admin: A },
  'preAdvice.create': { staff: A, board: A, admin: A },
  // Resolutions
  'resolution.write': { staff: A, board: A, admin: A },
  'resolution.publishVersion': { staff: A, board: A, admin: A },
  'resolution.recordVote': { staff: A, chair: A, admin: A },
  // Accountability
  'round.open': { staff: A, admin: A },
  'entry.write': { staff: A, admin: A },
  'entry.approve': { board: A, admin: A },
  'round.approve': { board: A, admin: A },
  'round.decide': { staff: A, chair: A, admin: A },
  // Votes
  'vote.write': { staff: A, chair: A, admin: A },
  'vote.cast': { member: O, staff: A, chair: A, admin: A },
  // Users
  'user.write': { admin: A },
  // Reads that are not public
  'user.read': { admin: A },
  'audit.read': { member: A, staff: A, board: A, chair: A, admin: A },
  'draft.read': { member: O, staff: A, board: A, chair: A, admin: A },
  'accountability.readDraft': { staff: A, board: A, chair: A, admin: A },
  'resolution.readDraft': { staff: A, board: A, chair: A, admin: A },
  'vote.readUnpublished': { staff: A, board: A, chair: A, admin: A },
} as const satisfies Record<string, Policy>;

export type Action = keyof typeof POLICIES;
export const ACTIONS = Object.keys(POLICIES) as Action[];

export function scopeFor(action: Action, role: Role): Scope | null {
  return (POLICIES[action] as Policy)[role] ?? null;
}
