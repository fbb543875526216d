/** Column helpers shared by the schema files. */
import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';
import type { Fen } from '../../domain/money.ts';

/** UTC timestamp as ISO text, set by the database when a row is written. */
export const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** Money in integer fen (分): 1 万元 = 1,000,000 分, exact for any amount a notice writes. */
export const fenColumn = (name: string) => integer(name).$type<Fen>();

/** True for rows made by the sample-data generator, so they can be removed in one command. */
export const sampleFlag = () => integer('is_sample', { mode: 'boolean' }).notNull().default(false);
