/** What every resolver gets: the database, this request's loaders, the clock, settings, and who asks. */
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import type { Actor } from '../services/actor.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface GraphQLContext {
  db: Db;
  loaders: Loaders;
  now: Date;
  thresholds: WarningThresholds;
  /** The signed-in account (the HTTP layer lets no anonymous request through to /graphql). */
  actor: Actor;
}

export function createContext(
  db: Db,
  thresholds: WarningThresholds,
  actor: Actor,
  now = new Date(),
): GraphQLContext {
  return { db, loaders: createLoaders(db), now, thresholds, actor };
}
