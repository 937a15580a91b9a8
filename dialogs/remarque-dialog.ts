/**
 * A resident leaves a remarque for the conseil citoyen: the text is asked for (unless the message already was the
 * remarque), shown back with personal data removed, and kept only once the resident confirms.
 */
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Locale } from '../src/knowledge/schema.js';
import { translator } from '../src/replies/i18n.js';
import { REDACT_MAX_LENGTH } from '../src/storage/redact.js';
import { resolveLocale } from './locale.js';
import { keepable, Replies } from './replies.js';
import type { DialogServices, StateAccessors } from './services.js';

export const REMARQUE_DIALOG = 'remarque';
const TEXT_PROMPT = 'remarque-text';
const CONFIRM_PROMPT = 'remarque-confirm';
const STEPS = 'remarque-steps';

export interface RemarqueOptions {
  /** The remarque itself when the resident's message already carried it. */
  text?: string;
  topic?: string | null;
  score?: number | null;
}

interface RemarqueValues {
  text: string;
  options: RemarqueOptions;
}

export class RemarqueDialog extends ComponentDialog {
  private readonly replies: Replies;

  constructor(
    private readonly services: DialogServices,
    private readonly state: StateAccessors,
  ) {
    super(REMARQUE_DIALOG);
    this.replies = new Replies(services);
    this.addDialog(new TextPrompt(TEXT_PROMPT, (p) => this.hasText(p)));
    this.addDialog(new TextPrompt(CONFIRM_PROMPT, (p) => this.isYesOrNo(p)));
    this.addDialog(new WaterfallDialog(STEPS, [(s) => this.askText(s), (s) => this.confirm(s), (s) => this.finish(s)]));
    this.initialDialogId = STEPS;
  }

  private async askText(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as RemarqueOptions;
    (step.values as RemarqueValues).options = options;
    if (options.text) return step.next(options.text);
    const locale = await this.locale(step);
    const t = translator(locale);
    return step.prompt(TEXT_PROMPT, {
      prompt: this.services.render({ text: t('remarque.askText'), choices: [{ label: t('remarque.cancel'), value: t('remarque.cancel') }] }, step.context.activity.channelId, locale),
      retryPrompt: this.services.render({ text: t('remarque.empty'), choices: [] }, step.context.activity.channelId, locale),
    });
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const locale = await this.locale(step);
    const t = translator(locale);
    // The resident sees the text as it will be kept: what was removed is visibly gone.
    const text = keepable(String(step.result ?? ''));
    (step.values as RemarqueValues).text = text;
    const message = {
      text: t('remarque.confirm', { text }),
      choices: [
        { label: t('remarque.send'), value: t('remarque.send') },
        { label: t('remarque.cancel'), value: t('remarque.cancel') },
      ],
    };
    const rendered = this.services.render(message, step.context.activity.channelId, locale);
    return step.prompt(CONFIRM_PROMPT, { prompt: rendered, retryPrompt: rendered });
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const locale = await this.locale(step);
    const t = translator(locale);
    const memory = await this.state.memory.get(step.context, {});
    const values = step.values as RemarqueValues;
    if (this.services.words.word(String(step.result ?? '')) === 'yes') {
      const kept = await this.replies.keep(step.context, {
        text: values.text,
        kind: 'suggestion',
        locale,
        topic: values.options.topic ?? 'remarque',
        score: values.options.score ?? null,
        entryId: null,
      });
      await this.replies.send(step.context, [{ text: t(kept ? 'remarque.saved' : 'fallback.notKept'), choices: [] }], locale, memory);
      await this.replies.trace(step.context, { kind: 'remarque', topic: 'remarque', candidates: ['remarque'], score: 1, entryId: null });
    } else {
      await this.replies.send(step.context, [{ text: t('remarque.cancelled'), choices: [] }], locale, memory);
    }
    return step.endDialog();
  }

  private async hasText(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const value = (prompt.recognized.value ?? '').trim();
    return prompt.recognized.succeeded && value.length > 0 && value.length <= REDACT_MAX_LENGTH * 5;
  }

  private async isYesOrNo(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const word = this.services.words.word(prompt.recognized.value ?? '');
    return word === 'yes' || word === 'no' || word === 'cancel';
  }

  private locale(step: WaterfallStepContext): Promise<Locale> {
    return resolveLocale(step.context, this.state);
  }
}
