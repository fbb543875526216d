/** What every resolver gets: the database, this request's loaders, the clock, settings, and who asks. */
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import type { Actor } from '../services/actor.ts';
import { newClockUse, type ClockUse } from './clock.ts';
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
  /** The request's instant; reading it marks the answer as valid this minute only (clock.ts). */
  readonly now: Date;
  /** How the answer depends on the clock (a holder: Apollo copies the context). */
  clock: ClockUse;
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

/**
 * `now` is a getter on the prototype: Apollo runs an operation on a copy of the context made
 * with the same prototype, so a read is still seen, on the shared `clock` holder.
 */
class RequestContext implements GraphQLContext {
  readonly loaders: Loaders;
  readonly refusals: RefusedRead[] = [];
  readonly writeFailure = { cause: null as string | null };
  readonly clock: ClockUse;

  constructor(
    readonly db: Db,
    readonly thresholds: WarningThresholds,
    readonly actor: Actor,
    at: Date,
  ) {
    this.loaders = createLoaders(db);
    this.clock = newClockUse(at.getTime());
  }

  get now(): Date {
    this.clock.unspecified = true;
    return new Date(this.clock.at);
  }
}

export function createContext(
  db: Db,
  thresholds: WarningThresholds,
  actor: Actor,
  now = new Date(),
): GraphQLContext {
  return new RequestContext(db, thresholds, actor, now);
}
