/**
 * Without an App ID, the adapter itself cannot be made to post anywhere but this machine: the credentials that sign
 * every connector request refuse other addresses — for a proactive message as for a turn — while requests to a
 * loopback service go through. (The HTTP route's own 403 and "expectReplies" are tested in tests/bot.)
 */
import os from 'node:os';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, type ConversationReference } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { LoopbackOnlyCredentialsFactory, outgoingCredentials, RefusedDestinationError } from '../../src/channels/loopback-guard.js';
import { parseConfig } from '../../src/config.js';
import { startChannelService, type ChannelService } from './helpers.js';

const localConfig = parseConfig({});

/** The adapter as the composition root builds it in local mode. */
function localAdapter(): CloudAdapter {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }, outgoingCredentials(localConfig)));
}

function reference(serviceUrl: string): Partial<ConversationReference> {
  return {
    channelId: 'telegram',
    serviceUrl,
    conversation: { id: 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
    bot: { id: 'bot', name: 'Assistant' },
    user: { id: 'resident', name: '' },
  };
}

/** An address of this machine that is not loopback, when it has one (CI containers usually do). */
const outside = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

const services: ChannelService[] = [];
afterAll(async () => {
  for (const service of services) await service.close();
});

describe('outgoing credentials in local mode', () => {
  it('refuse to sign a request for another host, and sign loopback ones', async () => {
    const credentials = await outgoingCredentials(localConfig).createCredentials('', undefined, '', true);
    const headers = { set: () => undefined, get: () => undefined };
    const request = (url: string) => ({ url, method: 'POST', headers }) as unknown as Parameters<typeof credentials.signRequest>[0];
    await expect(credentials.signRequest(request('https://attacker.example/v3/conversations/x/activities'))).rejects.toBeInstanceOf(RefusedDestinationError);
    await expect(credentials.signRequest(request('http://10.0.0.1/v3/conversations/x/activities'))).rejects.toThrow(/loopback/);
    await expect(credentials.signRequest(request('http://127.0.0.1:3978/v3/conversations/x/activities'))).resolves.toBeDefined();
  });

  it('are not used with an App ID (Azure signs and checks the service URLs then)', () => {
    const config = parseConfig({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'x' });
    expect(outgoingCredentials(config)).toBeInstanceOf(ConfigurationServiceClientCredentialFactory);
    expect(outgoingCredentials(config)).not.toBeInstanceOf(LoopbackOnlyCredentialsFactory);
    expect(outgoingCredentials(localConfig)).toBeInstanceOf(LoopbackOnlyCredentialsFactory);
  });
});

describe('the local adapter', () => {
  it('delivers a proactive message to a loopback channel service', async () => {
    const service = await startChannelService('127.0.0.1');
    services.push(service);
    await localAdapter().continueConversationAsync('', reference(service.url), async (context) => {
      await context.sendActivity('bonjour');
    });
    expect(service.received.map((r) => r.activity.text)).toEqual(['bonjour']);
  });

  it.skipIf(!outside)(`refuses to post to this machine's non-loopback address (${outside ?? 'none: test skipped'})`, async () => {
    const service = await startChannelService(outside);
    services.push(service);
    await expect(
      localAdapter().continueConversationAsync('', reference(service.url), async (context) => {
        await context.sendActivity('bonjour');
      }),
    ).rejects.toThrow(/loopback/);
    expect(service.received).toEqual([]);
  });
});
