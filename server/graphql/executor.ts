/**
 * Runs one GraphQL HTTP request through Apollo and returns its answer as plain data (status,
 * headers, body text, the refused reads to audit): the same code answers in the main thread
 * (mutations, and every request on a `:memory:` database) and in a read worker (queries).
 */
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Db } from '../db/connection.ts';
import { UNWRITABLE_CODE, unwritableMessage } from './errors.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import type { Actor } from '../services/actor.ts';
import { expiresAt } from './clock.ts';
import { createContext, type GraphQLContext, type RefusedRead } from './context.ts';

export interface GraphQLHttpRequest {
  method: string;
  headers: Record<string, string>;
  search: string;
  body: unknown;
}

export interface GraphQLHttpAnswer {
  status: number;
  headers: [string, string][];
  body: string;
  refusals: RefusedRead[];
  /** When the answer stops being valid by the clock alone (ms); null: never (clock.ts). */
  expiresAt: number | null;
}

/** The answer with its masked internal errors named for what they are: the database refused. */
function unwritableAnswer(body: string, cause: string): string {
  const answer = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
  for (const error of answer.errors ?? []) {
    if (error.extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
    Object.assign(error, {
      message: unwritableMessage(cause),
      extensions: { code: UNWRITABLE_CODE },
    });
  }
  return JSON.stringify(answer);
}

export async function executeRequest(
  apollo: ApolloServer<GraphQLContext>,
  db: Db,
  thresholds: WarningThresholds,
  request: GraphQLHttpRequest,
  actor: Actor,
  now: Date,
): Promise<GraphQLHttpAnswer> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) headers.set(name, value);
  const context = createContext(db, thresholds, actor, now);
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { ...request, headers },
    context: () => Promise.resolve(context),
  });
  let body: string;
  if (answer.body.kind === 'complete') body = answer.body.string;
  else {
    body = '';
    for await (const chunk of answer.body.asyncIterator) body += chunk;
  }
  const unwritable = context.writeFailure.cause;
  if (unwritable) body = unwritableAnswer(body, unwritable);
  return {
    // A write the database cannot take is the server's state, not the client's mistake.
    status: unwritable ? 503 : (answer.status ?? 200),
    headers: [...answer.headers],
    body,
    refusals: context.refusals,
    expiresAt: expiresAt(context.clock),
  };
}
