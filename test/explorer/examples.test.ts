/**
 * Every operation the explorer offers as a saved tab (the contract's and the worked examples)
 * runs on the sample data with its example variables and returns no errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';

const FOLDERS = ['web/operations/contract', 'web/operations/examples'];

/** The JSON after `Example variables:` in the leading comment, if any. */
function exampleVariables(text: string): Record<string, unknown> | undefined {
  const comment = text
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .map((l) => l.replace(/^#\s?/, ''))
    .join('\n');
  const m = /Example variables:\s*([\s\S]*)$/.exec(comment);
  return m?.[1] ? (JSON.parse(m[1]) as Record<string, unknown>) : undefined;
}

const operations = FOLDERS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(dir, f), 'utf8') })),
);

describe('explorer tabs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
  });
  afterAll(() => server.close());

  it('has the four contract operations and at least five worked examples', () => {
    expect(operations.filter((o) => o.name.includes('/contract/'))).toHaveLength(4);
    expect(operations.filter((o) => o.name.includes('/examples/')).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it.each(operations)('$name runs without errors on the sample data', async ({ text }) => {
    const variables = exampleVariables(text) as { input?: { region?: string } } | undefined;
    // A filing is sent by the region's own county account; everything else by the admin.
    const region = /^\s*mutation/m.test(text) ? variables?.input?.region : undefined;
    const client = region ? await server.as({ county: region }) : server;
    const response = await post(client, text, variables);
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeTruthy();
  });
});
