/**
 * Limits that refuse a malicious or runaway GraphQL request before anything executes
 * (graphql-armor: https://escape.tech/graphql-armor/). Depth, aliases, directives and cost are
 * validation rules, so a refused operation never reaches a resolver (nor the database): HTTP
 * 400, `extensions.code` GRAPHQL_VALIDATION_FAILED (Apollo gives that code to every validation
 * error) and a message naming the limit, e.g. "Syntax Error: Query depth limit of 10 exceeded,
 * found 12.". The token limit is graphql's own parser option (`parseOptions.maxTokens`):
 * parsing stops there, HTTP 400, GRAPHQL_PARSE_FAILED. (graphql-armor's token plugin is off:
 * it throws from a plugin hook, which Apollo answers with HTTP 500.) "Did you mean …" field
 * suggestions are removed from messages. Batched requests (a JSON array body) are refused by
 * Apollo itself (`allowBatchedHttpRequests: false`), and fragment cycles by graphql's own
 * NoFragmentCycles rule.
 *
 * The defaults leave room above the product's own operations (the dashboard's documents, the
 * explorer's contract and examples, the test operations), measured with the same rules: depth
 * at most 6, aliases at most 12 (the filing calendar's m1..m12), at most 265 tokens in one
 * document, cost at most about 15,500 (the quality page: `documents(first: 100)` multiplies its
 * selection by 100). test/graphql/hardening.test.ts checks that each of them still passes.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { costLimitRule } from './cost.ts';

export interface GraphQLLimits {
  /** Nested selection sets; fragment spreads add no level of their own. */
  maxDepth: number;
  /** Aliased fields in one operation (fragments included). */
  maxAliases: number;
  /** Lexical tokens in the whole document. */
  maxTokens: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /**
   * Our cost (cost.ts): 1 per field, and a list multiplies its selection by its realistic size
   * (a `first:` by its page); recursive down-up-down shapes are refused.
   */
  maxCost: number;
}

export const DEFAULT_LIMITS: Readonly<GraphQLLimits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 50,
  maxCost: 400_000,
});

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

function armorConfig(limits: GraphQLLimits): ArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // The cost is our own rule (cost.ts): graphql-armor's adds levels instead of multiplying.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  };
}

export interface Protection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

/** The plugin (suggestion masking), validation rules and parse options for ApolloServer. */
export function protection(limits: GraphQLLimits = DEFAULT_LIMITS): Protection {
  // A fresh config each time: ApolloArmor writes its error reporting into the one it is given.
  const { plugins, validationRules } = new ApolloArmor(armorConfig(limits)).protect();
  // graphql-armor ships CommonJS typings, which name @apollo/server's CommonJS types; the
  // plugins are plain hook objects, the same at run time.
  return {
    plugins: plugins as unknown as ApolloServerPlugin[],
    validationRules: [...validationRules, costLimitRule(limits.maxCost)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
