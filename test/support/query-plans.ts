import {
  CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { Db } from '../../src/store/database.js';

type Captured = { node: RootOperationNode; queryId: PluginTransformQueryArgs['queryId'] };

/** Records every query a call runs, to explain it afterwards with its own parameters. */
export function recorder(): KyselyPlugin & { queries: Captured[] } {
  const queries: Captured[] = [];
  return {
    queries,
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      queries.push({ node: args.node, queryId: args.queryId });
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result;
    },
  };
}

/** The plans of every query a call runs (EXPLAIN on PostgreSQL, EXPLAIN QUERY PLAN on SQLite): SQL, then plan. */
export async function plansOf(db: Db, engine: string, work: (db: Db) => Promise<unknown>): Promise<string[]> {
  const rec = recorder();
  await work(db.withPlugin(rec));
  const plans: string[] = [];
  for (const { node, queryId } of rec.queries) {
    const compiled = db.getExecutor().compileQuery(node, queryId);
    const prefix = engine === 'postgres' ? 'explain ' : 'explain query plan ';
    const result = await db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(prefix + compiled.sql, [...compiled.parameters]),
    );
    const lines = result.rows.map((r) => String(r['QUERY PLAN'] ?? r.detail));
    plans.push(`${compiled.sql}\n${lines.join('\n')}`);
  }
  return plans;
}

/** A plan line that reads a whole table: a sequential scan (PostgreSQL) or a SCAN without an index (SQLite). */
export function fullScans(plan: string, tables: string[]): string[] {
  return plan
    .split('\n')
    .slice(1)
    .filter((line) =>
      tables.some(
        (t) =>
          new RegExp(`Seq Scan on ${t}\\b`).test(line) ||
          (new RegExp(`\\bSCAN ${t}\\b`).test(line) && !/USING (COVERING )?INDEX/.test(line)),
      ),
    );
}
