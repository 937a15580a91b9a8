import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStorageConfig, openStorage, storageConfigFromEnv } from '../../src/storage/index.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-open-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('storageConfigFromEnv', () => {
  it('uses DATABASE_URL when set, else SQLITE_FILE, else ./data/renaissance.sqlite', () => {
    expect(storageConfigFromEnv({ DATABASE_URL: 'postgres://u@db/x', SQLITE_FILE: 'ignored.sqlite' })).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db/x',
      timeouts: {},
    });
    // The command-line tools honour the same PostgreSQL timeouts as the server.
    expect(storageConfigFromEnv({ DATABASE_URL: 'postgres://u@db/x', DATABASE_QUERY_TIMEOUT_MS: '3000', DATABASE_CONNECT_TIMEOUT_MS: 'x' })).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db/x',
      timeouts: { queryMs: 3000 },
    });
    expect(storageConfigFromEnv({ SQLITE_FILE: 'var/bot.sqlite' })).toEqual({ kind: 'sqlite', file: path.resolve('var/bot.sqlite') });
    expect(storageConfigFromEnv({ DATABASE_URL: '  ' })).toEqual({ kind: 'sqlite', file: path.resolve('data/renaissance.sqlite') });
    expect(storageConfigFromEnv({})).toEqual({ kind: 'sqlite', file: path.resolve('data/renaissance.sqlite') });
    expect(() => storageConfigFromEnv({ DATABASE_URL: 'mysql://u@db/x' })).toThrow(/postgres:\/\//);
  });

  it('describes the configuration without the password', () => {
    expect(describeStorageConfig({ kind: 'postgres', url: 'postgresql://bot:pw@db:5432/renaissance', schema: 'bot' })).toBe(
      'PostgreSQL postgresql://bot:***@db:5432/renaissance (schema bot)',
    );
    expect(describeStorageConfig({ kind: 'sqlite', file: '/srv/x.sqlite' })).toBe('SQLite /srv/x.sqlite');
  });
});

describe('openStorage', () => {
  it('opens SQLite from a configuration', async () => {
    const storage = await openStorage({ kind: 'sqlite', file: path.join(root, 'a', 'b.sqlite') });
    expect(storage.kind).toBe('sqlite');
    expect(await storage.ping()).toBe(true);
    await storage.close();
  });

  it('opens PostgreSQL from a configuration (and reports an unreachable server)', async () => {
    await expect(openStorage({ kind: 'postgres', url: 'postgresql://u:pw@127.0.0.1:1/x', schema: 'x' })).rejects.toThrow(
      /Cannot open the PostgreSQL storage at postgresql:\/\/u:\*\*\*@127.0.0.1:1\/x/,
    );
  });
});
