/**
 * Remarques set aside ("écartée") are deleted after REMARQUE_RETENTION_MONTHS months (12 by default), at start and
 * hourly; every other status stays. Two starts of the real assistant on the same SQLite file, a year apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startAssistant } from '../../src/index.js';
import { retentionCutoff } from '../../src/remarques/retention.js';

const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-retention-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let now = Date.parse('2026-01-15T10:00:00Z');
const clock = () => new Date(now);
const config = parseConfig({ PORT: '0', SQLITE_FILE: path.join(dir, 'assistant.sqlite'), LOG_LEVEL: 'silent' });
const remarque = (text: string) => ({ text, kind: 'unanswered' as const, locale: 'fr', channel: 'test', topic: null, score: null, entryId: null });

it('deletes the remarques set aside for longer than the retention period, and only those', async () => {
  const first = await startAssistant({ config, clock });
  const old = await first.storage.remarques.add(remarque('écartée il y a longtemps'));
  await first.storage.remarques.update(old.id, { status: 'ecartee' });
  const waiting = await first.storage.remarques.add(remarque('en attente depuis longtemps'));
  now = Date.parse('2026-06-15T10:00:00Z');
  const recent = await first.storage.remarques.add(remarque('écartée récemment'));
  await first.storage.remarques.update(recent.id, { status: 'ecartee' });
  await first.close();

  now = Date.parse('2027-01-16T10:00:00Z');
  const second = await startAssistant({ config, clock });
  try {
    const { items } = await second.storage.remarques.list();
    expect(items.map((r) => r.id).sort()).toEqual([waiting.id, recent.id].sort());
  } finally {
    await second.close();
  }
});

it.each([
  ['2027-01-16T10:00:00Z', 12, '2026-01-16T10:00:00.000Z'],
  ['2027-03-31T00:00:00Z', 1, '2027-02-28T00:00:00.000Z'],
  ['2028-03-31T08:30:00Z', 1, '2028-02-29T08:30:00.000Z'],
  ['2027-01-31T00:00:00Z', 13, '2025-12-31T00:00:00.000Z'],
  ['2027-01-16T10:00:00Z', 0.5, '2027-01-01T10:00:00.000Z'],
])('the cutoff %s minus %s month(s) is %s', (at, months, cutoff) => {
  expect(retentionCutoff(new Date(at), months).toISOString()).toBe(cutoff);
});
