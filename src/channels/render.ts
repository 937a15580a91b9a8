/**
 * The one rendering layer: channel-agnostic replies (text + choices, see src/replies/compose.ts) → Bot Framework
 * activities shaped for each channel. The engine and the dialogs never look at the channel; this module does.
 *
 *  - Web Chat / Direct Line / Emulator / Telegram / LINE…: text + suggested actions (buttons the resident taps).
 *  - Facebook Messenger: the same, within Messenger's quick-reply limits (13 replies, 20-character titles).
 *  - Microsoft Teams and Slack: suggested actions are not shown there (Slack) or only in some chats (Teams), so the
 *    choices come as a hero card with buttons, which both render well.
 *  - SMS (Twilio...): plain short text, no emoji or markdown, choices as a numbered list ("répondez avec le
 *    numéro"); the list and its instruction always survive, the text before them is what gets shortened.
 *  - E-mail: plain text with the numbered list, not shortened.
 *  - On the web (Web Chat over Direct Line, the Emulator), every phone number in a reply becomes a `tel:` link the
 *    resident taps to call, emergency numbers included, and the source line's domain a link to its page: the text
 *    is sent as markdown then (src/channels/phone-links.ts). Everywhere else numbers and sources stay plain text.
 *
 * A resident can answer a numbered list with the number on any channel: the dialogs remember the last choices.
 * A button sends its own label (so the resident's echo is what they tapped); the dialogs map a remembered label
 * back to its choice. Every activity carries the reply's language, so a client can follow "english please".
 */
import { ActionTypes, ActivityTypes, CardFactory, type Activity, type CardAction } from 'botbuilder';
import type { Locale } from '../knowledge/schema.js';
import { withNumberedChoices, type ReplyMessage } from '../replies/compose.js';
import { toWebMarkdown } from './phone-links.js';

/** An SMS segment is 160 GSM characters; a few segments is the most a short message should cost. */
export const SMS_MAX_CHARS = 640;
/** Messenger's quick replies: at most 13, titles cut at 20 characters. */
export const MESSENGER_MAX_REPLIES = 13;
export const MESSENGER_TITLE_MAX = 20;

/** The BCP 47 tag a reply carries in its activity's locale. */
const ACTIVITY_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export type ChannelStyle = 'buttons' | 'card' | 'sms' | 'text';

/** A channel-neutral reply → the activity for a channel (renderMessage below). */
export type Render = (message: ReplyMessage, channelId: string | undefined, locale: Locale) => Partial<Activity>;

/** Channels that show the web page's Web Chat: markdown links (tel:, https:) work there. */
const WEB_CHANNELS = new Set(['webchat', 'directline', 'emulator']);

export function isWebChannel(channelId: string | undefined): boolean {
  return WEB_CHANNELS.has((channelId ?? '').toLowerCase());
}

export function channelStyle(channelId: string | undefined): ChannelStyle {
  switch ((channelId ?? '').toLowerCase()) {
    case 'sms':
    case 'twilio-sms':
      return 'sms';
    case 'email':
      return 'text';
    case 'msteams':
    case 'slack':
      return 'card';
    default:
      return 'buttons';
  }
}

export function renderMessage(message: ReplyMessage, channelId: string | undefined, locale: Locale): Partial<Activity> {
  const style = channelStyle(channelId);
  const language = { locale: ACTIVITY_LOCALE[locale] };
  if (style === 'sms') return { ...plain(toSmsWithChoices(message, locale)), ...language };
  if (style === 'text') return { ...plain(withNumberedChoicesIf(true, message, locale)), ...language };
  const body = isWebChannel(channelId) ? webText(message) : plain(message.text);
  if (message.choices.length === 0) return { ...body, ...language };
  const actions: CardAction[] = message.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label }));
  if (style === 'card') {
    return { type: ActivityTypes.Message, attachments: [CardFactory.heroCard('', undefined, actions, { text: message.text })], ...language };
  }
  const messenger = (channelId ?? '').toLowerCase() === 'facebook';
  return {
    ...body,
    ...language,
    suggestedActions: {
      to: [],
      actions: messenger
        ? actions.slice(0, MESSENGER_MAX_REPLIES).map((a) => ({ ...a, title: truncate(a.title, MESSENGER_TITLE_MAX) }))
        : actions,
    },
  };
}

/**
 * The SMS of a reply: its text made plain and cut so that the numbered choices and their instruction still fit in
 * SMS_MAX_CHARS (a cut list would leave the resident with numbers they cannot see).
 */
export function toSmsWithChoices(message: ReplyMessage, locale: Locale): string {
  if (message.choices.length === 0) return toSms(message.text);
  const list = toSms(withNumberedChoices({ text: '', choices: message.choices }, locale));
  const room = SMS_MAX_CHARS - list.length - 1;
  return room > 40 ? `${truncate(toSms(message.text), room)}\n${list}` : toSms(withNumberedChoices(message, locale));
}

/** Plain, short SMS text: no emoji or decorative symbols (many phones show them as boxes), cut with an ellipsis. */
export function toSms(text: string): string {
  const plainText = text
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/^[ \t]*[•·-][ \t]*/gmu, '- ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
  return truncate(plainText, SMS_MAX_CHARS);
}

function withNumberedChoicesIf(numbered: boolean, message: ReplyMessage, locale: Locale): string {
  return numbered ? withNumberedChoices(message, locale) : message.text;
}

/** Markdown with tap-to-call and source links when the text has any, else the plain text as it is. */
function webText(message: ReplyMessage): Partial<Activity> {
  const markdown = webMarkdown(message);
  return markdown === undefined ? plain(message.text) : { type: ActivityTypes.Message, text: markdown, textFormat: 'markdown' };
}

/**
 * The web markdown of answers from fiches (the replies with source links) is kept: the same few hundred answers
 * come back turn after turn, and finding their numbers and links was a tenth of the edge's own work. Only those:
 * their text is the fiche's and the agenda's, never a resident's words. Beyond RENDERED_KEPT texts, all are
 * forgotten at once.
 */
const RENDERED_KEPT = 500;
/** The markdown, or null: nothing to link (sent as plain text). */
const rendered = new Map<string, string | null>();

function webMarkdown(message: ReplyMessage): string | undefined {
  const links = message.links ?? [];
  if (links.length === 0) return toWebMarkdown(message.text, links);
  let key = message.text;
  for (const link of links) key += `\u0000${link.text}\u0001${link.url}`;
  const known = rendered.get(key);
  if (known !== undefined) return known ?? undefined;
  const markdown = toWebMarkdown(message.text, links);
  if (rendered.size >= RENDERED_KEPT) rendered.clear();
  rendered.set(key, markdown ?? null);
  return markdown;
}

function plain(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text, textFormat: 'plain' };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
