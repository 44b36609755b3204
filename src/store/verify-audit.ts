import { verifyAuditChain, verifyRecordStates } from './audit.js';
import { type Anchor, type AnchorFiles, anchorOf, readAnchor } from './audit-anchor.js';
import type { Db } from './database.js';

export type AuditVerdict = {
  ok: boolean;
  events: number;
  /** Dutch lines for the CLI: what was checked and, when broken, the first thing that is wrong. */
  lines: string[];
};

/**
 * The whole check behind `audit verify`: the hash chain itself, the chain against its signed anchor outside
 * the database (deleted tail events, a rewritten chain with fresh hashes), and every audited record against
 * the state hash of its last event (a row edited in the database without an event).
 */
export async function verifyAudit(db: Db): Promise<AuditVerdict> {
  const lines: string[] = [];
  const chain = await verifyAuditChain(db);
  if (!chain.ok) {
    lines.push(
      `Audittrail gebroken bij gebeurtenis ${chain.brokenAt}: ${chain.reason} (${chain.events} gebeurtenissen ervoor kloppen).`,
    );
    return { ok: false, events: chain.events, lines };
  }
  lines.push(`Hashketen klopt: ${chain.events} gebeurtenissen.`);
  const files = anchorOf(db);
  const anchorProblem = files ? await checkAnchor(db, files, chain.head, lines) : null;
  if (!files)
    lines.push('Geen ankerpunt ingesteld (AUDIT_ANCHOR_DIR): het einde van de keten is niet te controleren.');
  if (anchorProblem) {
    lines.push(anchorProblem);
    return { ok: false, events: chain.events, lines };
  }
  const states = await verifyRecordStates(db);
  if (!states.ok) {
    lines.push(
      `Record ${states.kind} ${states.id} klopt niet met zijn laatste gebeurtenis (${states.seq}): ${states.reason}.`,
    );
    return { ok: false, events: chain.events, lines };
  }
  lines.push(`Records kloppen met hun laatste gebeurtenis: ${states.records} records.`);
  lines.push(`Audittrail intact: ${chain.events} gebeurtenissen, keten klopt.`);
  return { ok: true, events: chain.events, lines };
}

/** Null when the chain reaches the anchor with the same hash; else what is wrong. Prints the anchor. */
async function checkAnchor(
  db: Db,
  files: AnchorFiles,
  head: { seq: number; hash: string } | null,
  lines: string[],
): Promise<string | null> {
  let anchor: Anchor | null;
  try {
    anchor = readAnchor(files);
  } catch (error) {
    return `Ankerpunt ongeldig: ${(error as Error).message}`;
  }
  if (!anchor)
    return head
      ? `Geen ondertekend ankerpunt gevonden in ${files.anchorFile}, terwijl de keten ${head.seq} gebeurtenissen heeft.`
      : null;
  lines.push(
    `Ankerpunt (${files.anchorFile}): gebeurtenis ${anchor.seq}, hash ${anchor.hash}, ondertekend op ${anchor.signedAt}, sleutel ${anchor.publicKey}.`,
  );
  if (!head || head.seq < anchor.seq)
    return `De keten is ingekort: het ankerpunt noemt gebeurtenis ${anchor.seq}, de keten eindigt bij ${head?.seq ?? 0}.`;
  const atAnchor = await db
    .selectFrom('audit_events')
    .select('hash')
    .where('seq', '=', anchor.seq)
    .executeTakeFirst();
  if (atAnchor?.hash !== anchor.hash)
    return `De keten is herschreven: gebeurtenis ${anchor.seq} heeft niet meer de hash van het ankerpunt.`;
  return null;
}
