import type { Transaction } from 'kysely';
import type { ChainHead } from './audit.js';
import type { Db, Executor } from './database.js';
import type { Database } from './schema.js';
import { anchorCommitted, auditedTransaction } from './transaction.js';

/** The answer for one item of a group: its own value or its own refusal. */
export type Outcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

type Waiting<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };
type Lane<I, O> = { queue: Waiting<I, O>[]; running: boolean };

/** At most this many items in one transaction (the rest wait for the next group). */
export const MAX_GROUP = 500;

/**
 * Group commit (docs/adr/018-ballot-group-commit.md). Returns a function that writes one item: when no group
 * of this lane is in flight the item is written at once, alone; items that arrive while a group is in flight
 * wait and are written together in the next transaction. `write` decides per item (a refusal of one item does
 * not abort the others: it must not leave a failed statement in the transaction); the audit events of the
 * group are appended to the chain together (one chain lock), and the chain is anchored once per group. Every
 * caller gets its own item's outcome, after the commit and the anchor. When the transaction as a whole fails,
 * each item of a larger group is tried again alone, so one item's unexpected error stays its own.
 * Inside a transaction (`db` is one) the item joins it and is written at once.
 */
export function groupCommit<I, O>(
  write: (trx: Transaction<Database>, items: I[]) => Promise<Outcome<O>[]>,
  laneOf: (item: I) => string,
): (db: Executor, item: I) => Promise<O> {
  const lanes = new WeakMap<object, Map<string, Lane<I, O>>>();

  const writeAlone = async (trx: Transaction<Database>, item: I): Promise<O> => {
    const [outcome] = await write(trx, [item]);
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };

  const commit = async (db: Db, group: Waiting<I, O>[]): Promise<void> => {
    let outcomes: Outcome<O>[];
    let head: ChainHead | undefined;
    try {
      ({ result: outcomes, head } = await auditedTransaction(db, (trx) =>
        write(
          trx,
          group.map((w) => w.item),
        ),
      ));
    } catch (error) {
      if (group.length === 1) {
        group[0].reject(error);
        return;
      }
      for (const w of group) await commit(db, [w]);
      return;
    }
    // Not awaited: the next group starts while this one is anchored; its callers hear back after the anchor.
    // A group that appended nothing (every item refused) has nothing to anchor.
    const anchored = anchorCommitted(db, head);
    void anchored.then(() =>
      group.forEach((w, i) => {
        const outcome = outcomes[i];
        if (outcome.ok) w.resolve(outcome.value);
        else w.reject(outcome.error);
      }),
    );
  };

  const drain = async (db: Db, lane: Lane<I, O>): Promise<void> => {
    lane.running = true;
    try {
      while (lane.queue.length > 0) await commit(db, lane.queue.splice(0, MAX_GROUP));
    } finally {
      lane.running = false;
    }
  };

  return (db, item) => {
    if (db.isTransaction) return writeAlone(db as Transaction<Database>, item);
    let byName = lanes.get(db);
    if (!byName) {
      byName = new Map();
      lanes.set(db, byName);
    }
    const name = laneOf(item);
    let lane = byName.get(name);
    if (!lane) {
      lane = { queue: [], running: false };
      byName.set(name, lane);
    }
    const current = lane;
    return new Promise<O>((resolve, reject) => {
      current.queue.push({ item, resolve, reject });
      if (!current.running) void drain(db as Db, current);
    });
  };
}
