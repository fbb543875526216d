/** What every resolver gets: the database, this request's loaders, the clock and settings. */
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface GraphQLContext {
  db: Db;
  loaders: Loaders;
  now: Date;
  thresholds: WarningThresholds;
  /** Who is acting; accounts arrive with issue #5, until then the API is one anonymous user. */
  actor: string;
}

export function createContext(
  db: Db,
  thresholds: WarningThresholds,
  now = new Date(),
): GraphQLContext {
  return { db, loaders: createLoaders(db), now, thresholds, actor: 'api' };
}
