/**
 * A resident's web conversation through the local Direct Line, over real HTTP, for the attack tests: open it as
 * the widget does, say something, read what the bot answered to that message.
 */
import { directLine, newToken, type DirectLineToken } from '../channels/helpers.js';

export interface WebChat extends DirectLineToken {
  /** Sends a message; returns the texts of the bot's replies to it (delivered before the POST is answered). */
  say(text: string): Promise<string[]>;
  /** Everything the conversation holds (404 once it has ended). */
  activities(): Promise<{ status: number; texts: string[] }>;
}

export async function openWebChat(url: string): Promise<WebChat> {
  const issued = await newToken(url);
  const started = await directLine(url, 'POST', '/conversations', issued.token, {});
  if (started.status !== 201) throw new Error(`starting the conversation answered ${started.status}`);
  const path = `/conversations/${issued.conversationId}/activities`;
  let watermark = '';
  const read = async () => {
    const { status, body } = await directLine(url, 'GET', `${path}${watermark ? `?watermark=${watermark}` : ''}`, issued.token);
    const activities = (body.activities ?? []) as { type: string; text?: string; from?: { role?: string } }[];
    if (typeof body.watermark === 'string') watermark = body.watermark;
    return { status, texts: activities.filter((a) => a.type === 'message' && a.from?.role !== 'user').map((a) => a.text ?? '') };
  };
  await read(); // the welcome, out of the way
  return {
    ...issued,
    async say(text) {
      const sent = await directLine(url, 'POST', path, issued.token, { type: 'message', from: { id: 'resident' }, text, locale: 'fr-FR' });
      if (sent.status !== 200) throw new Error(`posting a message answered ${sent.status}`);
      return (await read()).texts;
    },
    async activities() {
      watermark = '';
      return read();
    },
  };
}
