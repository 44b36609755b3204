import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '../../src/store/sqlite-statements.js';

describe('prepared statements kept per SQLite connection', () => {
  it('reuses a statement by its SQL and drops the least recently used beyond the size', () => {
    const sqlite = new Database(':memory:');
    try {
      cacheStatements(sqlite, 2);
      const a = sqlite.prepare('select 1 as a');
      const b = sqlite.prepare('select 2 as b');
      expect(sqlite.prepare('select 1 as a')).toBe(a); // a used after b
      sqlite.prepare('select 3 as c'); // a third: b, the least recently used, goes
      expect(sqlite.prepare('select 1 as a')).toBe(a);
      const b2 = sqlite.prepare('select 2 as b');
      expect(b2).not.toBe(b);
      expect(b2.get()).toEqual({ b: 2 });
    } finally {
      sqlite.close();
    }
  });

  it('prepares a busy statement anew instead of handing it out twice', () => {
    const sqlite = new Database(':memory:');
    try {
      cacheStatements(sqlite, 4);
      const all = sqlite.prepare('select value from json_each(?)');
      const rows = all.iterate('[1,2]');
      rows.next();
      const again = sqlite.prepare('select value from json_each(?)');
      expect(again).not.toBe(all);
      expect(again.all('[3]')).toEqual([{ value: 3 }]);
      rows.return?.();
      expect(sqlite.prepare('select value from json_each(?)')).toBe(all);
    } finally {
      sqlite.close();
    }
  });
});
