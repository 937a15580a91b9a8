/** The bot's part of the configuration: embedded defaults, local mode vs App ID, clear errors for bad values. */
import { expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

it('runs on embedded defaults with nothing set: port 3978 on this machine, SQLite under ./data, local mode', () => {
  const config = parseConfig({});
  expect(config).toMatchObject({ PORT: 3978, HOST: '127.0.0.1', SQLITE_FILE: './data/renaissance.sqlite', authEnabled: false, LOG_LEVEL: 'info' });
  expect(config.MicrosoftAppId).toBeUndefined();
});

it.each([
  [{ MicrosoftAppId: '' }, false],
  [{ MicrosoftAppId: '   ' }, false],
  [{ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }, true],
  [{ MicrosoftAppId: 'app-id', MicrosoftAppType: 'UserAssignedMSI' }, true],
])('%o → authentication %s', (env, enabled) => {
  expect(parseConfig(env).authEnabled).toBe(enabled);
});

it.each<[string, Record<string, string>, string]>([
  ['an App ID without its password', { MicrosoftAppId: 'app-id' }, 'MicrosoftAppPassword'],
  ['a single-tenant bot without its tenant', { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
  ['an unknown App type', { MicrosoftAppType: 'Personal' }, 'MicrosoftAppType'],
  ['a port that is not a number', { PORT: 'http' }, 'PORT'],
  ['a port out of range', { PORT: '70000' }, 'PORT'],
  ['an unknown log level', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
])('refuses %s, naming the variable', (_name, env, variable) => {
  expect(() => parseConfig(env)).toThrow(ConfigError);
  expect(() => parseConfig(env)).toThrow(variable);
});

it('never puts the App password in the error message', () => {
  expect(() => parseConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'very-secret', MicrosoftAppType: 'SingleTenant' })).toThrow(
    expect.objectContaining({ message: expect.not.stringContaining('very-secret') }),
  );
});
