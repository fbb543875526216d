/**
 * Where to go after signing in: the page asked for, only if it is a path of this site. Decided
 * by the browser's own URL parser, not by looking at the text: `/\t/evil.example/x` and
 * `/\\evil.example` are parsed (tabs and newlines dropped, a backslash read as a slash) into
 * another host, and are refused. The answer is rebuilt from the parsed path, query and hash.
 */
export function nextPage(search: string, origin: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  if (!next.startsWith('/')) return '/';
  let parsed: URL;
  try {
    parsed = new URL(next, origin);
  } catch {
    return '/';
  }
  if (parsed.origin !== origin) return '/';
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // A path that starts with two slashes would itself name a host when followed.
  return path.startsWith('//') ? '/' : path;
}
