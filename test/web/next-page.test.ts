/**
 * Finding 6 of the hardening issue, without a browser: `nextPage` decides with the WHATWG URL
 * parser (Node's is the same as the browser's), so every spelling that parses to another host
 * falls back to `/`. test/browser/security.test.ts follows the same variants in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { nextPage } from '../../web/src/login/next-page.ts';

const ORIGIN = 'http://127.0.0.1:4000';
const next = (raw: string) => nextPage(`?next=${raw}`, ORIGIN);

describe('where sign-in leads', () => {
  it.each([
    '%2F%09%2Fevil.example%2Fx',
    '%2F%0A%2Fevil.example%2Fx',
    '%2F%09%5Cevil.example%2Fx',
    '%2F%2Fevil.example',
    '%2F%5Cevil.example',
    'https%3A%2F%2Fevil.example%2F',
    'javascript%3Aalert(1)',
  ])('%s → /', (raw) => {
    expect(next(raw)).toBe('/');
  });

  it('keeps a path of this site with its query and hash', () => {
    expect(next(encodeURIComponent('/region?region=昌吉市#x'))).toBe(
      `/region?region=${encodeURIComponent('昌吉市')}#x`,
    );
  });
});
