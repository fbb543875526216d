/**
 * Turns the operation files under web/operations/ into GraphiQL's saved tabs. Pure functions
 * (no DOM, no Vite), so the same code runs in the explorer bundle and in the unit test.
 */

/** One saved tab: GraphiQL's `TabDefinition` with everything filled in. */
export interface SavedTab {
  query: string;
  variables: string | null;
}

const MARKER = /^#\s*Example variables:\s?(.*)$/;

/**
 * The example variables written in an operation's leading comment, pretty-printed, or null when
 * the file has none. The convention: a comment line `# Example variables: …` whose JSON either
 * follows on the same line or continues on the comment lines below it, e.g.
 *
 *     # Example variables: { "year": 2022, "month": 9 }
 *
 *     # Example variables:
 *     # { "input": { "region": "…",
 *     #   "lines": [] } }
 *
 * The JSON ends at the first line where everything gathered so far parses. Throws when the marker
 * is there but the JSON after it never parses (test/web/saved-tabs.test.ts checks every file).
 */
export function exampleVariables(source: string): string | null {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((line) => MARKER.test(line));
  if (start < 0) return null;
  let text = MARKER.exec(lines[start] ?? '')?.[1] ?? '';
  for (let i = start; i < lines.length; i += 1) {
    if (i > start) {
      const line = lines[i] ?? '';
      if (!line.startsWith('#')) break;
      text += '\n' + line.replace(/^#\s?/, '');
    }
    if (text.trim() === '') continue;
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // Not complete yet: take the next comment line.
    }
  }
  throw new Error(`Example variables do not parse as JSON: ${text.trim()}`);
}

/**
 * Saved tabs from `import.meta.glob` results (path → file text): sorted by path, each file's text
 * kept exactly as it is on disk, with its example variables.
 */
export function savedTabs(...sources: Record<string, string>[]): SavedTab[] {
  return sources.flatMap((files) =>
    Object.keys(files)
      .sort()
      .map((path) => {
        const query = files[path] ?? '';
        try {
          return { query, variables: exampleVariables(query) };
        } catch (error) {
          // Keep the explorer usable; test/web/saved-tabs.test.ts fails on this in CI.
          console.warn(`${path}:`, error);
          return { query, variables: null };
        }
      }),
  );
}
