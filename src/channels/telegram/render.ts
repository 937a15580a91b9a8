/**
 * A reply as a Telegram message: the text, and its choices as a reply keyboard (one button per row, shown under
 * the input field, hidden once used); a reply without choices removes a keyboard left from before. A keyboard
 * button sends its label as a message: the bridge maps it back to the choice's value (routes.ts).
 */
import type { ReplyMessage } from '../../replies/compose.js';

/** Telegram's limit for a message's text. */
const TEXT_MAX = 4096;

export function telegramMessage(message: ReplyMessage): { text: string; replyMarkup: Record<string, unknown> } {
  const text = message.text.length <= TEXT_MAX ? message.text : `${message.text.slice(0, TEXT_MAX - 1)}…`;
  const replyMarkup =
    message.choices.length > 0
      ? { keyboard: message.choices.map((c) => [{ text: c.label }]), one_time_keyboard: true, resize_keyboard: true }
      : { remove_keyboard: true };
  return { text, replyMarkup };
}
