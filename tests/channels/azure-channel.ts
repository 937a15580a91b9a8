/**
 * The real server answering a channel of Azure Bot Service over HTTP (/api/messages, normal delivery: the bot POSTs
 * its replies) with a local stand-in for the channel's Bot Connector service (helpers.ts), for the channel tests.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from '../bot/http.js';
import { startChannelService, type ChannelService, type Json } from './helpers.js';

/**
 * For a test file that plays a channel of Azure Bot Service: the real server and a channel service standing in for
 * the channel's Bot Connector, started before the file's tests (`use` receives both) and closed after them.
 */
export function serverWithChannelService(use: (server: TestServer, channel: ChannelService) => void): void {
  let server: TestServer | undefined;
  let channel: ChannelService | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    channel = await startChannelService();
    use(server, channel);
  });
  afterAll(async () => {
    await channel?.close();
    await server?.close();
  });
}

/**
 * One activity to the server's /api/messages as the channel sends it (its service URL, the bot as recipient, French
 * unless `activity` says otherwise); resolves with what the bot posted back to the channel's service.
 */
export async function postFromChannel(server: TestServer, channel: ChannelService, activity: Json): Promise<{ path: string; activity: Json }[]> {
  const before = channel.received.length;
  const response = await server.post({ serviceUrl: channel.url, recipient: { id: 'bot-id', name: 'Assistant' }, locale: 'fr-FR', ...activity });
  expect(response.status).toBeLessThan(300);
  return channel.received.slice(before);
}
