/**
 * Without a Microsoft App ID (local mode) nobody authenticates the activities the bot receives, so anybody could
 * hand it an activity whose serviceUrl points at an arbitrary address and make the bot post there. The HTTP route
 * refuses such activities (src/server.ts); this guard closes the door in the adapter itself, whatever the path
 * (a route, a proactive message, a future caller): every request the Bot Framework connector is about to send is
 * signed by these credentials first, and in local mode they refuse to sign for anything but this machine.
 *
 * It checks each request rather than refusing to create the connector, so "expectReplies" turns — whose replies
 * travel back in the HTTP response and need no request at all — keep working from any serviceUrl.
 */
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';
import type { Config } from '../config.js';
import { isLoopbackUrl } from '../server.js';

export class RefusedDestinationError extends Error {
  constructor(url: string) {
    super(`Without a Microsoft App ID the bot only sends to loopback service URLs; refused: ${originOf(url)}`);
    this.name = 'RefusedDestinationError';
  }
}

/** Credentials that sign only requests to loopback addresses (and delegate the signing itself). */
export class LoopbackOnlyCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(private readonly inner: ServiceClientCredentialsFactory) {
    super();
  }

  isValidAppId(appId: string): Promise<boolean> {
    return this.inner.isValidAppId(appId);
  }

  isAuthenticationDisabled(): Promise<boolean> {
    return this.inner.isAuthenticationDisabled();
  }

  async createCredentials(appId: string, audience: string | undefined, loginEndpoint: string, validateAuthority: boolean): Promise<ServiceClientCredentials> {
    const credentials = await this.inner.createCredentials(appId, audience, loginEndpoint, validateAuthority);
    return {
      signRequest: async (webResource) => {
        if (!isLoopbackUrl(webResource.url)) throw new RefusedDestinationError(webResource.url);
        return credentials.signRequest(webResource);
      },
    };
  }
}

/** The credentials factory of the bot's adapter: Azure's own with an App ID, loopback-only without. */
export function outgoingCredentials(config: Config): ServiceClientCredentialsFactory {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  return config.authEnabled ? factory : new LoopbackOnlyCredentialsFactory(factory);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(not a URL)';
  }
}
