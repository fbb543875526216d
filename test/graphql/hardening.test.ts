/**
 * Malicious requests are refused before anything executes (no resolver runs, so no SQL), with
 * a clear code and no stack trace; and every operation the product itself sends stays within
 * the limits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
} from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, protection } from '../../server/graphql/limits.ts';
import { loadTypeDefs } from '../../server/graphql/server.ts';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import * as dashboard from '../../web/src/gql/graphql.ts';
import {
  post,
  requestHeaders,
  startTestServer,
  type GraphQLResponse,
  type TestServer,
  dataStatements,
} from '../helpers/graphql.ts';

/**
 * `{ regions { parent { … { name } } } }`: `depth` fields from the root to the leaf (up the
 * tree, which does not multiply: `children` nested this deep is refused by its cost first).
 */
function nested(depth: number): string {
  let inner = 'name';
  for (let i = 2; i < depth; i++) inner = `parent { ${inner} }`;
  return `{ regions { ${inner} } }`;
}

/**
 * Within the depth, alias and token limits, but it costs (server/graphql/cost.ts: 1 a field,
 * a list × its size) region = 1 + name 1 + aliases 3 + level 1 + parent (1 + 2) + 40 children
 * × (1 + 5) = 249; allocations = 40 × (1 + 5 + 249) = 10,200; nodes = 1 + 4 + 10,200 = 10,205;
 * documents(first: 100) = 100 × (1 + 10,205) = 1,020,600: over 400,000 alone.
 */
const COSTLY = `{ ${Array.from(
  { length: 1 },
  (_, i) => `d${i}: documents(first: 100) {
    nodes { number title year revision
      allocations { annualTotal earlyAdvance priorBatches thisBatch isSubtotal
        region { name aliases level parent { name level } children { name level aliases } } } } }`,
).join('\n')} }`;

describe('malicious requests are refused before execution', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.queries.length = 0;
    server.logged.length = 0;
  });

  /** SQL run for the request beyond finding who sent it (the session lookup comes first). */
  const executed = () => dataStatements(server);

  /** Refused with `code`, with no data, no stack, nothing run and nothing logged. */
  function expectRefused(
    response: GraphQLResponse<unknown>,
    message: RegExp,
    code = 'GRAPHQL_VALIDATION_FAILED',
  ): void {
    expect(response.data).toBeUndefined();
    expect(response.errors?.length).toBeGreaterThan(0);
    const errors = response.errors ?? [];
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
    for (const e of errors) {
      expect(e.extensions?.code).toBe(code);
      expect(e.extensions).not.toHaveProperty('stacktrace');
    }
    expect(executed()).toEqual([]);
    expect(server.logged).toEqual([]);
  }

  it('runs SQL for an ordinary query (so an empty log below means nothing executed)', async () => {
    const response = await post(server, nested(3));
    expect(response.errors).toBeUndefined();
    expect(executed().length).toBeGreaterThan(0);
  });

  it('refuses a query nested too deep', async () => {
    expect(
      (await post(server, nested(DEFAULT_LIMITS.maxDepth))).errors,
      'at the limit',
    ).toBeUndefined();
    server.queries.length = 0;
    expectRefused(
      await post(server, nested(DEFAULT_LIMITS.maxDepth + 1)),
      /depth limit of 10 exceeded, found 11/,
    );
  });

  it('counts depth through fragments too', async () => {
    const fragments = Array.from(
      { length: 11 },
      (_, i) => `fragment F${i} on Region { children { ${i < 10 ? `...F${i + 1}` : 'name'} } }`,
    ).join('\n');
    expectRefused(await post(server, `{ regions { ...F0 } }\n${fragments}`), /depth limit/);
  });

  it('refuses too many aliases', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: health`).join(' ')} }`;
    expect((await post(server, aliases(15))).errors, 'at the limit').toBeUndefined();
    expectRefused(await post(server, aliases(16)), /Aliases limit of 15 exceeded, found 16/);
  });

  it('refuses too many tokens', async () => {
    const huge = `{ regions { ${'name '.repeat(3100)} } }`;
    expectRefused(
      await post(server, huge),
      /Document contains more tha[nt] 3000 tokens/,
      'GRAPHQL_PARSE_FAILED',
    );
  });

  it('refuses a query that costs too much', async () => {
    expectRefused(await post(server, COSTLY), /Query cost limit of 400000 exceeded, found 1020600/);
  });

  it('counts a negative page as a full page, so it cannot subtract from the cost', async () => {
    // Before: first × (1 + nodes 1 + number 1) = −2147483648 × 3 took 6.4 × 10⁹ off COSTLY.
    const withNegativePage = `${COSTLY.slice(0, -1)} n: documents(first: -2147483648) { nodes { number } } }`;
    expectRefused(await post(server, withNegativePage), /Query cost limit of 400000 exceeded/);
  });

  it('refuses recursive fragments (graphql’s NoFragmentCycles)', async () => {
    const cyclic = `{ regions { ...A } }
      fragment A on Region { children { ...B } }
      fragment B on Region { parent { ...A } }`;
    expectRefused(await post(server, cyclic), /Cannot spread fragment "A" within itself via "B"/);
  });

  it('hides field suggestions', async () => {
    const response = await post(server, '{ region { nam } }');
    expectRefused(response, /Cannot query field "nam"/);
    expect(JSON.stringify(response)).not.toMatch(/Did you mean/);
  });

  it('refuses a batched (JSON array) request', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: requestHeaders(server),
      body: JSON.stringify([{ query: nested(2) }, { query: '{ health }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResponse<unknown>;
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toBe('Operation batching disabled.');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(executed()).toEqual([]);
  });
});

describe('every operation the product sends stays within the limits', () => {
  const schema = buildSchema(loadTypeDefs());
  const rules = [...specifiedRules, ...protection().validationRules];

  function check(text: string): readonly GraphQLError[] {
    // The same token limit the server parses with.
    return validate(schema, parse(text, { maxTokens: DEFAULT_LIMITS.maxTokens }), rules);
  }

  const files = [
    'web/operations/contract',
    'web/operations/examples',
    'test/graphql/operations',
  ].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => join(dir, f)),
  );
  const documents = Object.entries(dashboard)
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, document]) => ({ name, text: String(document) }));

  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
    expect(documents.map((d) => d.name)).toContain('FilingCalendarYearDocument');
  });

  it.each(documents)('dashboard: $name', ({ text }) => {
    expect(check(text)).toEqual([]);
  });

  it.each(files.filter((f) => f.startsWith('web/')))('explorer: %s', (file) => {
    expect(check(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the test suite’s own operations (one document, sharing fragments)', () => {
    const text = files
      .filter((f) => f.startsWith('test/'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(check(text)).toEqual([]);
  });

  it('the explorer’s introspection query', () => {
    const text = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
    expect(check(text)).toEqual([]);
  });
});
