/**
 * The Apollo Server: the SDL in schema/, the resolvers, masked errors, CSRF prevention, no
 * batching, limits on depth, aliases, tokens and cost (limits.ts), and no landing page (it would load Apollo's hosted sandbox; the bundled explorer
 * is at /explorer/ instead).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLContext } from './context.ts';
import { consoleErrorLogger, makeFormatError, type ErrorLogger } from './errors.ts';
import { DEFAULT_LIMITS, protection, type GraphQLLimits } from './limits.ts';
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
): ApolloServer<GraphQLContext> {
  const armor = protection(limits);
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(log),
    parseOptions: armor.parseOptions,
    validationRules: armor.validationRules,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...armor.plugins],
  });
}
