/**
 * A reply as WhatsApp Cloud API messages: plain text without choices; with up to 3 choices, reply buttons (titles
 * at most 20 characters); with 4 to 10, a list (row titles at most 24, the rest of a long label as the row's
 * description, 72 at most); beyond 10, a numbered list in the text ("2" picks the second, as on SMS). A tapped
 * button or row comes back as an interactive message carrying the choice's value as its id (payload.ts).
 * https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages
 */
import type { Locale } from '../../knowledge/schema.js';
import { withNumberedChoices, type ReplyMessage } from '../../replies/compose.js';
import { translator } from '../../replies/i18n.js';

export const WHATSAPP_MAX_BUTTONS = 3;
export const WHATSAPP_BUTTON_TITLE_MAX = 20;
export const WHATSAPP_MAX_ROWS = 10;
export const WHATSAPP_ROW_TITLE_MAX = 24;
const ROW_DESCRIPTION_MAX = 72;
/** Body of an interactive message: 1024 characters; of a text message: 4096. */
const INTERACTIVE_BODY_MAX = 1024;
const TEXT_BODY_MAX = 4096;
/** A button's or row's id: 256 characters. */
const ID_MAX = 256;

export type WhatsAppContent =
  | { type: 'text'; text: { body: string; preview_url: false } }
  | { type: 'interactive'; interactive: Record<string, unknown> };

export function whatsappContent(message: ReplyMessage, locale: Locale): WhatsAppContent {
  const choices = message.choices.filter((c) => c.value.length <= ID_MAX);
  const body = message.text.trim() || translator(locale)('channels.chooseOne');
  if (choices.length === 0 || choices.length > WHATSAPP_MAX_ROWS || body.length > INTERACTIVE_BODY_MAX) {
    return { type: 'text', text: { body: cut(withNumberedChoices(message, locale), TEXT_BODY_MAX), preview_url: false } };
  }
  if (choices.length <= WHATSAPP_MAX_BUTTONS) {
    return {
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: body },
        action: { buttons: choices.map((c) => ({ type: 'reply', reply: { id: c.value, title: cut(c.label, WHATSAPP_BUTTON_TITLE_MAX) } })) },
      },
    };
  }
  return {
    type: 'interactive',
    interactive: {
      type: 'list',
      body: { text: body },
      action: {
        button: cut(translator(locale)('channels.listButton'), WHATSAPP_BUTTON_TITLE_MAX),
        sections: [
          {
            rows: choices.map((c) => {
              const title = cut(c.label, WHATSAPP_ROW_TITLE_MAX);
              return title === c.label ? { id: c.value, title } : { id: c.value, title, description: cut(c.label, ROW_DESCRIPTION_MAX) };
            }),
          },
        ],
      },
    },
  };
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
