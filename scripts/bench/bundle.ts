/**
 * The gzip size of the dashboard's initial JS: the scripts and modulepreloads index.html names,
 * from a build into a temporary folder (dist/web may be someone else's or stale).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BundleSize {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

/** The JS files an HTML page loads before anything else. */
export function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /type="module"/.test(tag) || /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1])
    .filter((f): f is string => f !== undefined);
}

export function measureBundle(): BundleSize {
  const out = mkdtempSync(join(tmpdir(), 'bench-web-'));
  try {
    execFileSync(
      join(ROOT, 'node_modules/.bin/vite'),
      ['build', '--config', 'vite.config.ts', '--outDir', out, '--logLevel', 'error'],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const files = initialScripts(readFileSync(join(out, 'index.html'), 'utf8')).map((file) => ({
      file,
      gzipBytes: gzipSync(readFileSync(join(out, file)), { level: 9 }).length,
    }));
    return { files, gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
