/** The logger never writes a resident's text or a secret, even when a caller passes one by mistake. */
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logging.js';

function capture() {
  let out = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString('utf8');
      done();
    },
  });
  return { logger: createLogger('info', stream), output: () => out };
}

it.each<[string, Record<string, unknown>, string]>([
  ['a message text', { text: 'mon numéro est le 06 12 34 56 78' }, '06 12 34 56 78'],
  ['an activity text', { activity: { text: 'jean.dupont@example.com' } }, 'jean.dupont@example.com'],
  ['the App password', { config: { MicrosoftAppPassword: 's3cr3t-app' } }, 's3cr3t-app'],
  ['an authorization header', { req: { headers: { authorization: 'Bearer eyJhbGciOi' } } }, 'eyJhbGciOi'],
  ['a token', { token: 'abcdef-token' }, 'abcdef-token'],
  ['a password', { user: { password: 'hunter2' } }, 'hunter2'],
])('censors %s', (_name, fields, secret) => {
  const { logger, output } = capture();
  logger.info(fields, 'something happened');
  expect(output()).toContain('something happened');
  expect(output()).toContain('[redacted]');
  expect(output()).not.toContain(secret);
});

it('writes one JSON object per line with a level, a time and the service name', () => {
  const { logger, output } = capture();
  logger.warn({ channelId: 'emulator' }, 'request refused');
  const line = JSON.parse(output().trim()) as Record<string, unknown>;
  expect(line).toMatchObject({ level: 40, service: 'renaissance-assistant', channelId: 'emulator', msg: 'request refused' });
  expect(typeof line.time).toBe('string');
});
