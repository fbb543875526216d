/** What every resolver gets: the database, this request's loaders, the clock, settings, and who asks. */
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import type { Actor } from '../services/actor.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** A read the actor was refused (FORBIDDEN): the HTTP side writes its audit row. */
export interface RefusedRead {
  /** The top-level field, e.g. `auditLog`. */
  field: string;
  code: string;
  message: string;
}

export interface GraphQLContext {
  db: Db;
  loaders: Loaders;
  now: Date;
  thresholds: WarningThresholds;
  /** The signed-in account (the HTTP layer lets no anonymous request through to /graphql). */
  actor: Actor;
  /**
   * Refusals met while answering: a query may run on a read-only connection (a worker), so
   * they are written to the audit trail by the main thread afterwards (http/graphql-handler.ts).
   */
  refusals: RefusedRead[];
  /**
   * Set when a write failed because the database cannot be written (the answer is a 503). A
   * holder, not a field: Apollo runs the operation on a shallow copy of the context.
   */
  writeFailure: { cause: string | null };
}

export function createContext(
  db: Db,
  thresholds: WarningThresholds,
  actor: Actor,
  now = new Date(),
): GraphQLContext {
  return {
    db,
    loaders: createLoaders(db),
    now,
    thresholds,
    actor,
    refusals: [],
    writeFailure: { cause: null },
  };
}
