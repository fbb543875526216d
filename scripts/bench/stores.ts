/**
 * Where a benchmark data set lives, per engine: a SQLite file (DB_PATH) or a PostgreSQL
 * database (DATABASE_URL). Each says whether it already holds a generated data set (and that
 * run's figures), finishes a generation, makes a copy for the steps that write (so a kept data
 * set measures the same twice) and says how big it is.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { closeDb, describeLocation } from '../../server/db/open.ts';
import type { Db } from '../../server/db/connection.ts';
import type { GenerationFigures } from './generate.ts';
import { copyDatabase, dropDatabase, onDatabase } from './pg-server.ts';

export type EngineName = 'sqlite' | 'postgres';

export const ENGINE_LABEL: Record<EngineName, string> = {
  sqlite: 'SQLite',
  postgres: 'PostgreSQL',
};

export interface Copy {
  location: string;
  drop: () => Promise<void>;
}

export interface BenchStore {
  engine: EngineName;
  /** The file path or the postgres:// URL, as openDb and the server take it. */
  location: string;
  /** For logs: no password. */
  label: string;
  /** The figures of the run that generated the data set here; null when there is none yet. */
  generatedFigures: () => Promise<GenerationFigures | null>;
  /** After generating: made durable and compact, the figures kept beside the data, closed. */
  finishGeneration: (db: Db, figures: GenerationFigures) => Promise<void>;
  /** A consistent copy, for a step that writes. */
  copy: (name: string) => Promise<Copy>;
  bytes: () => Promise<number>;
}

function fileSize(p: string): number {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
}

/** A SQLite file; the generation figures in `<file>.generated.json`; copies in `scratch`. */
export function sqliteStore(path: string, scratch: string): BenchStore {
  const figuresPath = `${path}.generated.json`;
  return {
    engine: 'sqlite',
    location: path,
    label: path,
    generatedFigures: () =>
      Promise.resolve(
        existsSync(path) && existsSync(figuresPath)
          ? (JSON.parse(readFileSync(figuresPath, 'utf8')) as GenerationFigures)
          : null,
      ),
    finishGeneration: async (db, figures) => {
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      await closeDb(db);
      writeFileSync(figuresPath, JSON.stringify(figures));
    },
    // SQLite's online backup, the WAL included.
    copy: async (name) => {
      const copy = join(scratch, `${name}.sqlite`);
      const source = new Database(path, { readonly: true });
      try {
        await source.backup(copy);
      } finally {
        source.close();
      }
      return {
        location: copy,
        drop: () => {
          for (const p of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(p, { force: true });
          return Promise.resolve();
        },
      };
    },
    bytes: () => Promise.resolve(fileSize(path) + fileSize(`${path}-wal`)),
  };
}

/** What a generated PostgreSQL data set says about itself (the database's comment). */
const MARK = 'fund-execution bench data set ';

/**
 * A PostgreSQL database. The generation figures are the database's comment (COMMENT ON
 * DATABASE): they travel with the data, and a database without them that already has regions
 * is not the benchmark's to generate into.
 */
export function postgresStore(url: string): BenchStore {
  return {
    engine: 'postgres',
    location: url,
    label: describeLocation(url),
    generatedFigures: () =>
      onDatabase(url, async (c) => {
        const comment = (
          await c.query<{ c: string | null }>(
            `select shobj_description(oid, 'pg_database') as c from pg_database
             where datname = current_database()`,
          )
        ).rows[0]?.c;
        if (comment?.startsWith(MARK))
          return JSON.parse(comment.slice(MARK.length)) as GenerationFigures;
        const tables = await c.query<{ n: string }>(
          "select count(*) as n from pg_tables where schemaname = 'public' and tablename = 'regions'",
        );
        if (Number(tables.rows[0]?.n) > 0) {
          const regions = await c.query<{ n: string }>('select count(*) as n from regions');
          if (Number(regions.rows[0]?.n) > 0)
            throw new Error(
              `${describeLocation(url)} holds regions but is no benchmark data set (no "${MARK.trim()}" comment): give an empty database or one the benchmark generated`,
            );
        }
        return null;
      }),
    finishGeneration: async (db, figures) => {
      await closeDb(db);
      await onDatabase(url, async (c) => {
        // After a bulk load PostgreSQL's own advice: fresh statistics, visibility map set
        // (autovacuum would do the same a little later, while the measurements ran).
        await c.query('vacuum analyze');
        const name = (await c.query<{ n: string }>('select current_database() as n')).rows[0]?.n;
        await c.query(
          `comment on database "${String(name).replace(/"/g, '""')}" is ${c.escapeLiteral(MARK + JSON.stringify(figures))}`,
        );
      });
    },
    copy: async (name) => {
      const copy = await copyDatabase(url, `bench_copy_${name}`);
      return { location: copy, drop: () => dropDatabase(copy) };
    },
    bytes: () =>
      onDatabase(url, async (c) =>
        Number(
          (await c.query<{ n: string }>('select pg_database_size(current_database())::text as n'))
            .rows[0]?.n,
        ),
      ),
  };
}
