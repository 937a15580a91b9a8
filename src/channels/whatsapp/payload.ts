/**
 * The messages in a WhatsApp Cloud API webhook (object "whatsapp_business_account" → entry[] → changes[] → value
 * .messages[]): text, a tapped reply button or list row (its id is the choice's value), a template's quick reply,
 * and anything else (voice note, picture, sticker, location...) as media. Delivery statuses carry no message and
 * are ignored. https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
 */
import { z } from 'zod';
import type { IncomingBridgeMessage } from '../bridges/pipeline.js';

const Message = z
  .object({
    from: z.string().min(1).max(64),
    id: z.string().min(1).max(256),
    type: z.string().max(64),
    text: z.object({ body: z.string().max(8192) }).passthrough().optional(),
    interactive: z
      .object({
        type: z.string().max(64),
        button_reply: z.object({ id: z.string().max(512) }).passthrough().optional(),
        list_reply: z.object({ id: z.string().max(512) }).passthrough().optional(),
      })
      .passthrough()
      .optional(),
    button: z.object({ text: z.string().max(512).optional(), payload: z.string().max(512).optional() }).passthrough().optional(),
  })
  .passthrough();

const Webhook = z
  .object({
    object: z.string(),
    entry: z
      .array(
        z
          .object({
            changes: z
              .array(z.object({ field: z.string().optional(), value: z.object({ messages: z.array(z.unknown()).max(100).optional() }).passthrough() }).passthrough())
              .max(100),
          })
          .passthrough(),
      )
      .max(100),
  })
  .passthrough();

/** The resident's messages of a webhook; undefined when the body is not a WhatsApp webhook at all. */
export function whatsappMessages(body: unknown): IncomingBridgeMessage[] | undefined {
  const parsed = Webhook.safeParse(body);
  if (!parsed.success || parsed.data.object !== 'whatsapp_business_account') return undefined;
  const out: IncomingBridgeMessage[] = [];
  for (const entry of parsed.data.entry) {
    for (const change of entry.changes) {
      for (const raw of change.value.messages ?? []) {
        const message = Message.safeParse(raw);
        if (!message.success) continue;
        const m = message.data;
        const text =
          m.type === 'text'
            ? (m.text?.body ?? '')
            : m.type === 'interactive'
              ? (m.interactive?.button_reply?.id ?? m.interactive?.list_reply?.id ?? '')
              : m.type === 'button'
                ? (m.button?.payload ?? m.button?.text ?? '')
                : '';
        out.push({ id: m.id, sender: m.from, text, media: !['text', 'interactive', 'button'].includes(m.type) });
      }
    }
  }
  return out;
}
