/**
 * Storage of remarques is bounded: those set aside (écartée) are deleted once REMARQUE_RETENTION_MONTHS months have
 * passed without a change — here a configured 3 months, at start and by the hourly sweep — and only those.
 * (tests/bot/retention.test.ts covers the default 12 months and the calendar arithmetic.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startAssistant } from '../../src/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-retention3-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a configured retention of 3 months deletes the remarques set aside before then, at start and every hour', async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  let now = Date.parse('2026-01-10T09:00:00Z');
  const clock = () => new Date(now);
  const config = parseConfig({ PORT: '0', SQLITE_FILE: path.join(dir, 'a.sqlite'), LOG_LEVEL: 'silent', REMARQUE_RETENTION_MONTHS: '3' });
  const remarque = (text: string) => ({ text, kind: 'unanswered' as const, locale: 'fr', channel: 'test', topic: null, score: null, entryId: null });
  const assistant = await startAssistant({ config, clock });
  try {
    const { remarques } = assistant.storage;
    const setAside = await remarques.add(remarque('écartée en janvier'));
    await remarques.update(setAside.id, { status: 'ecartee' });
    const waiting = await remarques.add(remarque('nouvelle en janvier'));
    now = Date.parse('2026-03-01T09:00:00Z');
    const recent = await remarques.add(remarque('écartée en mars'));
    await remarques.update(recent.id, { status: 'ecartee' });

    now = Date.parse('2026-04-11T09:00:00Z'); // 3 months and a day after January's
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000); // the hourly sweep
    await vi.waitFor(async () => expect((await remarques.list()).items.map((r) => r.id).sort()).toEqual([waiting.id, recent.id].sort()));
  } finally {
    vi.useRealTimers();
    await assistant.close();
  }
});
