/**
 * Attack run, "also": staff.css was sent with two Cache-Control headers (no-store from the console's router, no-cache
 * from the stylesheet route), which caches resolve differently. Each response carries each caching header once.
 * Read with node:http, whose rawHeaders keep duplicates (fetch would join them into one value).
 */
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, startTestAssistant, type StaffSession, type TestAssistant } from '../staff/helpers.js';

let t: TestAssistant;
let session: StaffSession;
beforeAll(async () => {
  t = await startTestAssistant();
  session = await signIn(t.url);
});
afterAll(() => t.close());

function rawHeaders(url: string, headers: Record<string, string> = {}): Promise<{ status: number; raw: string[] }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, raw: res.rawHeaders }));
      })
      .on('error', reject);
  });
}

function count(raw: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (raw[i]?.toLowerCase() === name) values.push(raw[i + 1] ?? '');
  return values;
}

const PATHS = ['/staff/assets/staff.css', '/staff/connexion', '/staff', '/staff/api/session', '/healthz', '/widget.js', '/'];

it.each(PATHS)('%s: one Cache-Control, one ETag, one Content-Type', async (path) => {
  const { status, raw } = await rawHeaders(t.url + path, { cookie: session.cookie });
  expect(status).toBeLessThan(400);
  for (const name of ['cache-control', 'etag', 'content-type', 'content-security-policy']) {
    expect(count(raw, name).length, `${name}: ${count(raw, name).join(' | ')}`).toBeLessThanOrEqual(1);
  }
});

it('staff.css may be cached but is revalidated (no-cache), and answers 304 to its ETag', async () => {
  const first = await rawHeaders(`${t.url}/staff/assets/staff.css`);
  expect(count(first.raw, 'cache-control')).toEqual(['no-cache']);
  const etag = count(first.raw, 'etag')[0] ?? '';
  const again = await rawHeaders(`${t.url}/staff/assets/staff.css`, { 'if-none-match': etag });
  expect(again.status).toBe(304);
  expect(count(again.raw, 'cache-control')).toEqual(['no-cache']);
});
