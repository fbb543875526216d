/**
 * Column helpers shared by the PostgreSQL schema files: the same columns as ../schema/columns.ts,
 * with the types PostgreSQL needs to hold the same values.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, integer, text } from 'drizzle-orm/pg-core';
import type { Fen } from '../../domain/money.ts';

/**
 * The current time as UTC ISO text (`2026-12-06T17:21:05.123Z`): the very text SQLite's
 * `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` gives, so services read identical values from either
 * engine (a `timestamptz` would come back in another shape). statement_timestamp(), like
 * SQLite's 'now', is per statement (now() is per transaction). Also for SQL that sets a time
 * itself, as an upsert's created_at.
 */
export const NOW_ISO = sql`to_char(statement_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** When a row was written, set by the database. */
export const createdAt = () => text('created_at').notNull().default(NOW_ISO);

/**
 * Money in integer fen (分) as int8: PostgreSQL's `integer` is 32-bit and would overflow at
 * 2,147 万元 (the seed's 11,438 万元 is 1.14 × 10¹⁰ fen). Read as a JS number, which is safe:
 * every integer up to 2^53 (≈ 9.0 × 10¹⁵ fen = 90 万亿元, far beyond any budget) is exact in a
 * double, and db/postgres.ts refuses an int8 beyond that instead of rounding it.
 */
export const fenColumn = (name: string) => bigint(name, { mode: 'number' }).$type<Fen>();

/** A row id: by default from the column's identity sequence; an explicit id is still accepted. */
export const idColumn = () => integer('id').primaryKey().generatedByDefaultAsIdentity();

/** True for rows made by the sample-data generator, so they can be removed in one command. */
export const sampleFlag = () => boolean('is_sample').notNull().default(false);

/** Text compared byte by byte (code point order, as SQLite's default BINARY collation). */
export const textCollateC = customType<{ data: string; driverData: string }>({
  dataType: () => 'text COLLATE "C"',
});
