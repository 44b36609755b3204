import type { AppContext } from '../app-context.js';
import { ensureOrganisation } from '../services/default-organisation.js';
import { type OpenDatabase, openDatabase } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';

/** Opens the database of DATABASE_URL (or `url`), migrates it when needed and resolves the organisation. */
export async function openContext(url?: string): Promise<AppContext & { close: OpenDatabase['close'] }> {
  const opened = await openDatabase(url);
  try {
    await migrateToLatest(opened.db);
    const organisation = await ensureOrganisation(opened.db);
    return { db: opened.db, engine: opened.engine, organisation, close: opened.close };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/** Runs `work` with an open context and always closes the database afterwards. */
export async function withContext<T>(work: (ctx: AppContext) => Promise<T>, url?: string): Promise<T> {
  const ctx = await openContext(url);
  try {
    return await work(ctx);
  } finally {
    await ctx.close();
  }
}
