/**
 * The Apollo Server: the SDL in schema/, the resolvers, masked errors, CSRF prevention, no
 * batching, limits on depth, aliases, tokens and cost (limits.ts), a time budget per request and
 * the one-time-password gate (request-guards.ts), and no landing page (it would load Apollo's hosted sandbox; the bundled explorer
 * is at /explorer/ instead).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLContext } from './context.ts';
import { consoleErrorLogger, makeFormatError, type ErrorLogger } from './errors.ts';
import { DEFAULT_LIMITS, protection, type GraphQLLimits } from './limits.ts';
import { DEFAULT_TIMEOUT_MS, requestGuards } from './request-guards.ts';
import { resolvers } from './resolvers/index.ts';

const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema');

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}

export function createApolloServer(
  log: ErrorLogger = consoleErrorLogger,
  limits: GraphQLLimits = DEFAULT_LIMITS,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  /** False on a read worker: the pool ends the worker at the deadline (request-guards.ts). */
  checkEachField = true,
): ApolloServer<GraphQLContext> {
  const armor = protection(limits);
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    // The HTTP gate (http/gate.ts) applies the CSRF rule to every request, cached or not;
    // Apollo's own check stays as a second line.
    csrfPrevention: true,
    // On in production too: the explorer needs the schema. request-guards.ts lets only
    // analysts and admins introspect.
    introspection: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(log),
    parseOptions: armor.parseOptions,
    validationRules: armor.validationRules,
    // No answer carries cache hints (graphql/response-cache.ts decides): the cache-control
    // plugin's per-field hook cost 17,000 calls per filing-status answer at national scale.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      requestGuards(timeoutMs, { checkEachField }),
      ...armor.plugins,
    ],
  });
}
