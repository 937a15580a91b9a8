/**
 * `npm run channels -- telegram-webhook`: registers this server's Telegram route with Telegram (setWebhook), with
 * PUBLIC_URL + /api/channels/telegram as the URL and TELEGRAM_WEBHOOK_SECRET as the secret Telegram sends back.
 * Reads .env like the server. Prints what it did, never the token; exit code 1 with a French sentence on error.
 */
import { ConfigError, bridgeEnabled, loadDotEnv, parseConfig } from '../config.js';
import { TELEGRAM_PATH } from '../channels/telegram/routes.js';
import { TelegramClient } from '../channels/telegram/client.js';
import { createLogger } from '../logging.js';

const USAGE = 'Usage : npm run channels -- telegram-webhook';

export async function runChannelsCli(args: string[], env: NodeJS.ProcessEnv, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args[0] !== 'telegram-webhook') {
    err(USAGE);
    return 2;
  }
  let config;
  try {
    config = parseConfig(env);
  } catch (error) {
    err(error instanceof ConfigError ? error.message : String(error));
    return 1;
  }
  if (!bridgeEnabled(config, 'telegram') || !config.PUBLIC_URL) {
    err('Telegram n\'est pas configuré : il faut TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET et PUBLIC_URL (voir docs/channels.md).');
    return 1;
  }
  const url = `${config.PUBLIC_URL.replace(/\/+$/, '')}${TELEGRAM_PATH}`;
  const client = new TelegramClient({ apiUrl: config.TELEGRAM_API_URL, botToken: config.TELEGRAM_BOT_TOKEN!, attempts: config.CHANNEL_SEND_ATTEMPTS }, createLogger('silent'));
  try {
    await client.setWebhook(url, config.TELEGRAM_WEBHOOK_SECRET!);
  } catch (error) {
    err(`Telegram a refusé l'inscription du webhook (${error instanceof Error ? error.message : String(error)}). Vérifiez TELEGRAM_BOT_TOKEN.`);
    return 1;
  }
  out(`Webhook Telegram inscrit : ${url}`);
  return 0;
}

if (require.main === module) {
  loadDotEnv();
  void runChannelsCli(process.argv.slice(2), process.env, (s) => console.log(s), (s) => console.error(s)).then((code) => process.exit(code));
}
