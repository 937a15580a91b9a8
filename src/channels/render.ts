/**
 * The one rendering layer: channel-agnostic replies (text + choices, see src/replies/compose.ts) → Bot Framework
 * activities shaped for each channel. The engine and the dialogs never look at the channel; this module does.
 *
 *  - Web Chat / Direct Line / Emulator / Telegram / Slack: text + suggested actions (buttons the resident taps).
 *  - Facebook Messenger: the same, button titles cut to Messenger's 20 characters.
 *  - Microsoft Teams: suggested actions are unreliable there, so choices come as a hero card with buttons.
 *  - SMS (Twilio...): plain short text, no emoji or markdown, choices as a numbered list ("répondez 1, 2 ou 3").
 */
import { ActionTypes, ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { Locale } from '../knowledge/schema.js';
import { withNumberedChoices, type ReplyMessage } from '../replies/compose.js';

/** An SMS segment is 160 GSM characters; a few segments is the most a short message should cost. */
export const SMS_MAX_CHARS = 640;
const MESSENGER_TITLE_MAX = 20;

export type ChannelStyle = 'buttons' | 'card' | 'sms';

export function channelStyle(channelId: string | undefined): ChannelStyle {
  switch ((channelId ?? '').toLowerCase()) {
    case 'sms':
    case 'twilio-sms':
      return 'sms';
    case 'msteams':
      return 'card';
    default:
      return 'buttons';
  }
}

export function renderMessage(message: ReplyMessage, channelId: string | undefined, locale: Locale): Partial<Activity> {
  const style = channelStyle(channelId);
  if (style === 'sms') return { type: ActivityTypes.Message, text: toSms(withNumberedChoices(message, locale)), textFormat: 'plain' };
  if (message.choices.length === 0) return { type: ActivityTypes.Message, text: message.text, textFormat: 'plain' };
  if (style === 'card') {
    const card = CardFactory.heroCard(
      '',
      undefined,
      message.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.value })),
      { text: message.text },
    );
    return { type: ActivityTypes.Message, attachments: [card] };
  }
  const maxTitle = (channelId ?? '').toLowerCase() === 'facebook' ? MESSENGER_TITLE_MAX : Infinity;
  return {
    type: ActivityTypes.Message,
    text: message.text,
    textFormat: 'plain',
    suggestedActions: {
      to: [],
      actions: message.choices.map((c) => ({ type: ActionTypes.ImBack, title: truncate(c.label, maxTitle), value: c.value })),
    },
  };
}

/** Plain, short SMS text: no emoji or decorative symbols (many phones show them as boxes), cut with an ellipsis. */
export function toSms(text: string): string {
  const plain = text
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/^[ \t]*[•·-][ \t]*/gmu, '- ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
  return truncate(plain, SMS_MAX_CHARS);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
