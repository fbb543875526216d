import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleVariables, savedTabs } from '../../web/explorer/saved-tabs.ts';

const operations = join(import.meta.dirname, '../../web/operations');

/** path → text for every .graphql file in one folder, as `import.meta.glob` gives the explorer. */
async function folder(name: string): Promise<Record<string, string>> {
  const files = (await readdir(join(operations, name))).filter((f) => f.endsWith('.graphql'));
  const entries = await Promise.all(
    files.map(async (f) => [
      `../operations/${name}/${f}`,
      await readFile(join(operations, name, f), 'utf8'),
    ]),
  );
  return Object.fromEntries(entries) as Record<string, string>;
}

describe('exampleVariables', () => {
  it('reads JSON on the marker line', () => {
    const text = '# Title\n# Example variables: { "year": 2022, "month": 9 }\nquery Q { a }\n';
    expect(JSON.parse(exampleVariables(text) ?? '')).toEqual({ year: 2022, month: 9 });
  });

  it('reads JSON spread over the comment lines below the marker', () => {
    const text =
      '# Example variables:\n# { "input": { "a": 1,\n#   "b": [ null ] } }\nmutation M { m }\n';
    expect(JSON.parse(exampleVariables(text) ?? '')).toEqual({ input: { a: 1, b: [null] } });
  });

  it('is null without a marker, and throws on JSON that never parses', () => {
    expect(exampleVariables('query Q { a }\n')).toBeNull();
    expect(() => exampleVariables('# Example variables: { "a": \nquery Q { a }\n')).toThrow();
  });
});

describe('the explorer’s saved tabs', () => {
  it('has every contract operation, unchanged, with parseable example variables', async () => {
    const contract = await folder('contract');
    const examples = await folder('examples');
    expect(Object.keys(contract).length).toBeGreaterThan(0);
    for (const [path, text] of Object.entries({ ...contract, ...examples })) {
      expect(() => exampleVariables(text), path).not.toThrow();
    }
    const tabs = savedTabs(contract, examples);
    expect(tabs.map((t) => t.query)).toEqual(
      [...Object.keys(contract).sort(), ...Object.keys(examples).sort()].map(
        (p) => ({ ...contract, ...examples })[p],
      ),
    );
    const byName = (name: string) => tabs.find((t) => t.query.includes(`${name}(`));
    expect(JSON.parse(byName('query Document')?.variables ?? '')).toEqual({
      number: '昌州财社〔2022〕11号',
    });
    expect(JSON.parse(byName('query Execution')?.variables ?? '')).toEqual({
      year: 2022,
      month: 9,
    });
    expect(JSON.parse(byName('mutation SubmitSpendingReport')?.variables ?? '')).toMatchObject({
      input: { region: '昌吉市', year: 2022, month: 9 },
    });
  });
});
