/**
 * Checks that the built browser side (dist/web) loads nothing from outside the product's own
 * server: users are on government intranets with no internet access.
 *
 *   npx vite build --config vite.config.ts && node --import tsx scripts/check-offline.ts [dir]
 *
 * What it looks at, in every .html, .js, .mjs, .css, .svg and .json file:
 *   1. every http://, https://, ws:// and wss:// URL. One inside a comment (licence headers) is
 *      never run. Any other must be on the allow-list below, where each entry says why it is never
 *      requested; an unknown URL fails the check until someone has looked at where it is used.
 *   2. HTML src/href attributes and CSS url()/@import: each must stay on this origin (a path, or
 *      a data: URL). This also catches protocol-relative `//host/...` references.
 *   3. JS strings that start with `//host.tld`: protocol-relative URLs a script could fetch.
 *   4. Monaco's JSON worker downloads the JSON schemas it meets only when `enableSchemaRequest`
 *      is on (monaco-graphql turns it off); the check fails if any file turns it on.
 * It prints every URL it found with what it decided, and exits 1 on any failure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';

interface Allowed {
  /** The URL itself, or a prefix of it when the entry ends in `*`. */
  url: string;
  why: string;
}

// Identifiers that look like URLs. Browsers and the libraries use them as names; nothing
// dereferences them.
const NAMESPACE =
  'XML namespace name, passed to createElementNS/setAttributeNS; a name, never requested';
const SCHEMA_ID =
  'JSON Schema draft identifier ($schema) that the JSON language service matches on; the ' +
  'worker fetches schemas only with enableSchemaRequest, which is off (check 4)';
// Text a user may read. Nothing requests these; a browser opens a link only when clicked, and on
// the intranet that click simply fails.
const MESSAGE = 'inside an error or warning message (text only)';
const DESCRIPTION = 'inside a GraphQL built-in scalar/directive description (text only)';
const LINK = 'href of a link in GraphiQL/Monaco help, opened only if the user clicks it';
const LINKIFY =
  'scheme that markdown-it/marked prepend to a bare "www." link in rendered docs; the user ' +
  'must click the link, and it points wherever the schema text says';

const ALLOWED: readonly Allowed[] = [
  { url: 'http://www.w3.org/2000/svg', why: NAMESPACE },
  { url: 'http://www.w3.org/1999/xlink', why: NAMESPACE },
  { url: 'http://www.w3.org/1999/xhtml', why: NAMESPACE },
  { url: 'http://www.w3.org/XML/1998/namespace', why: NAMESPACE },
  { url: 'http://www.w3.org/1998/Math/MathML', why: NAMESPACE },
  { url: 'http://www.w3.org/2000/xmlns/', why: NAMESPACE },
  { url: 'http://json-schema.org/*', why: SCHEMA_ID },
  { url: 'https://json-schema.org/*', why: SCHEMA_ID },
  { url: 'https://react.dev/errors/', why: `${MESSAGE}: React's minified-error decoder link` },
  // Recharts 3 keeps its state in Redux Toolkit (with Immer): their minified errors name a page.
  {
    url: 'https://bit.ly/3cXEKWf',
    why: `${MESSAGE}: Immer's minified-error link (Recharts' state)`,
  },
  {
    url: 'https://redux.js.org/Errors?code=${e}',
    why: `${MESSAGE}: Redux's minified-error link (Recharts' state)`,
  },
  {
    url: 'https://redux-toolkit.js.org/Errors?code=${e}',
    why: `${MESSAGE}: Redux Toolkit's minified-error link (Recharts' state)`,
  },
  {
    url: 'https://yarnpkg.com/en/docs/selective-version-resolutions',
    why: `${MESSAGE}: graphql-js "duplicate graphql module" error`,
  },
  {
    url: 'https://github.com/graphql/graphiql/tree/main/packages/monaco-graphql#custom-webworker-for-passing-non-static-config-to-worker.',
    why: `${MESSAGE}: GraphiQL removed-prop error`,
  },
  { url: 'https://github.com/brijeshb42/monaco-vim.', why: `${MESSAGE}: GraphiQL removed-prop` },
  { url: 'https://github.com/aioutecism/monaco-emacs', why: `${MESSAGE}: GraphiQL removed-prop` },
  { url: 'https://github.com/microsoft/monaco-editor#faq', why: `${MESSAGE}: Monaco worker` },
  { url: 'https://github.com/markedjs/marked.', why: `${MESSAGE}: marked parse error` },
  { url: 'https://prettier.io/docs/plugins#optional-embed', why: `${MESSAGE}: Prettier plugin` },
  { url: 'https://en.wikipedia.org/wiki/IEEE_floating_point', why: `${DESCRIPTION}: Float` },
  { url: 'https://commonmark.org/', why: `${DESCRIPTION}: @deprecated(reason)` },
  {
    url: 'https://code.visualstudio.com/docs/editor/codebasics#_*',
    why: 'markdown link in a Monaco setting description / notification text (text only)',
  },
  {
    url: 'https://microsoft.com',
    why: 'placeholder target Monaco puts in an unfinished markdown link while rendering (text only)',
  },
  { url: 'https://code.visualstudio.com/shortcuts/keyboard-shortcuts-windows.pdf', why: LINK },
  { url: 'https://code.visualstudio.com/shortcuts/keyboard-shortcuts-macos.pdf', why: LINK },
  { url: 'https://code.visualstudio.com/docs/reference/default-keybindings', why: LINK },
  {
    url: 'https://github.com/graphql/graphiql',
    why: `${LINK} (GraphiQL's default logo; the explorer shows its own)`,
  },
  // The scheme alone, and templates that only prepend it: exact, minified names included, so a
  // new `http://${host}…` anywhere (which might be fetched) fails until someone has looked at it.
  // A dependency upgrade that renames these variables fails the check too: look, then update.
  { url: 'http://', why: `${LINKIFY} (marked, in Monaco's hover markdown: "http://" + match)` },
  { url: 'http://${i}', why: `${LINKIFY} (markdown-it linkify, in the doc explorer)` },
  { url: 'http://${e.url}', why: `${LINKIFY} (linkify-it normalize, in the doc explorer)` },
];

const SCANNED = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json']);
const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s"'`<>()\\,;]*/g;
/** A string literal that starts with `//` and a dotted host name. */
const PROTOCOL_RELATIVE = /["'`]\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/:"'`?#]|$)/gi;
const SCHEMA_REQUEST_ON = /enableSchemaRequest\s*:\s*(?:!0|true)\b/;

interface Finding {
  file: string;
  url: string;
  verdict: 'comment' | 'allowed' | 'FAIL';
  why: string;
}

function allowedBy(url: string): Allowed | undefined {
  return ALLOWED.find((entry) =>
    entry.url.endsWith('*') ? url.startsWith(entry.url.slice(0, -1)) : url === entry.url,
  );
}

/** [start, end) ranges of the comments in a file, by its kind. */
function commentRanges(file: string, text: string): [number, number][] {
  const ext = extname(file);
  if (ext === '.js' || ext === '.mjs') {
    const parsed = parseSync(file, text);
    if (parsed.errors.length > 0) throw new Error(`${file}: does not parse as JavaScript`);
    return parsed.comments.map((c) => {
      // The parser's offsets must be string indices (not bytes) for the slicing below.
      if (!text.startsWith(c.type === 'Block' ? '/*' : '//', c.start)) {
        throw new Error(`${file}: comment offsets do not match the text`);
      }
      return [c.start, c.end];
    });
  }
  const pattern = ext === '.html' || ext === '.svg' ? /<!--[\s\S]*?-->/g : /\/\*[\s\S]*?\*\//g;
  if (ext === '.json') return [];
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** The text with its comments blanked out (same length, so offsets still line up). */
function withoutComments(text: string, comments: [number, number][]): string {
  let out = text;
  for (const [start, end] of comments) {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** A reference the page itself resolves: fine when it stays on this origin. */
function isSameOrigin(ref: string): boolean {
  const value = ref.trim().replace(/^["']|["']$/g, '');
  if (value === '' || value.startsWith('#') || /^data:/i.test(value)) return true;
  if (value.startsWith('//')) return false; // protocol-relative: another host
  return !/^[a-z][a-z0-9+.-]*:/i.test(value); // no scheme: a path on this server
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) =>
      e.isDirectory() ? await listFiles(join(dir, e.name)) : [join(dir, e.name)],
    ),
  );
  return nested.flat().sort();
}

async function check(root: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const path of await listFiles(root)) {
    const ext = extname(path);
    if (!SCANNED.has(ext)) continue;
    const file = relative(root, path);
    const text = await readFile(path, 'utf8');
    const comments = commentRanges(path, text);
    const code = withoutComments(text, comments);
    const fail = (url: string, why: string) => findings.push({ file, url, verdict: 'FAIL', why });

    // 1. Every absolute URL.
    for (const match of text.matchAll(URL_PATTERN)) {
      const url = match[0];
      if (code.slice(match.index, match.index + url.length).trim() === '') {
        findings.push({ file, url, verdict: 'comment', why: 'inside a comment (never run)' });
        continue;
      }
      const entry = allowedBy(url);
      if (entry) findings.push({ file, url, verdict: 'allowed', why: entry.why });
      else fail(url, 'not on the allow-list: find where it is used, and whether it is requested');
    }

    // 2. References the browser resolves by itself.
    if (ext === '.html' || ext === '.svg') {
      for (const m of code.matchAll(
        /\s(?:src|href|srcset|poster|data|action)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi,
      )) {
        const ref = m[1] ?? '';
        if (!isSameOrigin(ref)) fail(ref, 'HTML attribute pointing off this server');
      }
    }
    if (ext === '.css' || ext === '.html') {
      for (const m of code.matchAll(/url\(\s*("[^"]*"|'[^']*'|[^)]*)\s*\)/gi)) {
        const ref = m[1] ?? '';
        if (!/^["']?data:/i.test(ref) && !isSameOrigin(ref)) {
          fail(ref, 'CSS url() pointing off this server');
        }
      }
      for (const m of code.matchAll(/@import\s+(?:url\()?\s*("[^"]*"|'[^']*'|[^\s;)]+)/gi)) {
        const ref = m[1] ?? '';
        if (!isSameOrigin(ref)) fail(ref, 'CSS @import pointing off this server');
      }
    }

    // 3. Protocol-relative strings in scripts.
    if (ext === '.js' || ext === '.mjs') {
      for (const m of code.matchAll(PROTOCOL_RELATIVE)) {
        fail(m[0], 'protocol-relative URL in a script');
      }
    }

    // 4. Monaco's JSON worker must not download schemas.
    if (SCHEMA_REQUEST_ON.test(code)) fail('enableSchemaRequest: true', 'JSON schema downloads on');
  }
  return findings;
}

function report(findings: Finding[]): void {
  // One line per distinct (verdict, URL, reason), with the files it is in.
  const groups = new Map<string, { finding: Finding; files: Set<string>; count: number }>();
  for (const f of findings) {
    const key = `${f.verdict}\u0000${f.url}\u0000${f.why}`;
    const group = groups.get(key) ?? { finding: f, files: new Set<string>(), count: 0 };
    group.files.add(f.file);
    group.count += 1;
    groups.set(key, group);
  }
  const order = { FAIL: 0, allowed: 1, comment: 2 } as const;
  const sorted = [...groups.values()].sort(
    (a, b) =>
      order[a.finding.verdict] - order[b.finding.verdict] ||
      a.finding.url.localeCompare(b.finding.url),
  );
  for (const { finding, files, count } of sorted) {
    console.log(`${finding.verdict.padEnd(7)} ${finding.url}  ×${count}`);
    console.log(`        ${finding.why}`);
    console.log(`        in ${[...files].join(', ')}`);
  }
}

const root = resolve(process.argv[2] ?? 'dist/web');
let findings: Finding[];
try {
  findings = await check(root);
} catch (error) {
  console.error(`check-offline: cannot check ${root}:`, error);
  console.error('Build it first: npx vite build --config vite.config.ts');
  process.exit(2);
}
report(findings);
const failures = findings.filter((f) => f.verdict === 'FAIL').length;
const count = (verdict: Finding['verdict']) => findings.filter((f) => f.verdict === verdict).length;
console.log(
  `\ncheck-offline: ${root}: ${count('allowed')} allowed, ${count('comment')} in comments, ` +
    `${failures} failing`,
);
if (failures > 0) {
  console.log('FAIL: the build refers to outside hosts it may load at run time (see above).');
  process.exit(1);
}
console.log('OK: nothing in the build is loaded from outside this server.');
