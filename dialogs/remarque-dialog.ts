/**
 * A resident leaves a remarque for the conseil citoyen: the text is asked for (unless the message already was the
 * remarque), shown back with personal data removed, and kept only once the resident confirms.
 *
 * The prompts are written when they are shown, in the resident's current language: a resident who says "english
 * please" in the middle gets the same question again, in English (a prompt built in advance would repeat French).
 */
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptOptions,
  type PromptValidator,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Locale } from '../src/knowledge/schema.js';
import { translator } from '../src/replies/i18n.js';
import { REDACT_MAX_LENGTH } from '../src/storage/redact.js';
import { REMARQUE_ENTRY } from './known-entries.js';
import { resolveLocale } from './locale.js';
import { conversationTrace, keepable, readableRedaction, Replies } from './replies.js';
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

/** Which question a prompt asks, kept in the prompt's options so it can be written again at any time. */
type Stage = { stage: 'text' } | { stage: 'confirm'; text: string; long: boolean };

interface RemarqueValues {
  text: string;
  options: RemarqueOptions;
}

/** A text prompt whose question is written by a function when shown (see the module comment). */
class LiveTextPrompt extends TextPrompt {
  constructor(
    dialogId: string,
    private readonly ask: (context: TurnContext, stage: Stage, isRetry: boolean) => Promise<void>,
    validator: PromptValidator<string>,
  ) {
    super(dialogId, validator);
  }

  protected override async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    await this.ask(context, stageOf(options), isRetry);
  }
}

export class RemarqueDialog extends ComponentDialog {
  private readonly replies: Replies;

  constructor(
    private readonly services: DialogServices,
    private readonly state: StateAccessors,
  ) {
    super(REMARQUE_DIALOG);
    this.replies = new Replies(services);
    const ask = (context: TurnContext, stage: Stage, isRetry: boolean) => this.ask(context, stage, isRetry);
    this.addDialog(new LiveTextPrompt(TEXT_PROMPT, ask, async (p) => this.hasText(p)));
    this.addDialog(new LiveTextPrompt(CONFIRM_PROMPT, ask, async (p) => this.isAnswer(p)));
    this.addDialog(new WaterfallDialog(STEPS, [(s) => this.askText(s), (s) => this.confirm(s), (s) => this.finish(s)]));
    this.initialDialogId = STEPS;
  }

  private async askText(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as RemarqueOptions;
    (step.values as RemarqueValues).options = options;
    if (options.text) return step.next(options.text);
    return step.prompt(TEXT_PROMPT, promptOptions({ stage: 'text' }));
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const raw = String(step.result ?? '');
    // The resident sees the text as it will be kept: what was removed is visibly gone.
    const text = keepable(raw);
    (step.values as RemarqueValues).text = text;
    return step.prompt(CONFIRM_PROMPT, promptOptions({ stage: 'confirm', text, long: raw.length > REDACT_MAX_LENGTH }));
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const locale = await resolveLocale(step.context, this.state);
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
      await this.replies.say(step.context, this.replies.outcomeKey(kept, 'remarque.saved', 'remarque.notSaved'), locale, memory, this.trace());
    } else {
      await this.replies.say(step.context, 'remarque.cancelled', locale, memory, conversationTrace('cancel', { topic: 'remarque', entryId: REMARQUE_ENTRY }));
    }
    return step.endDialog();
  }

  /** Writes the question of a stage, in the resident's language of the moment. */
  private async ask(context: TurnContext, stage: Stage, isRetry: boolean): Promise<void> {
    const locale = await resolveLocale(context, this.state);
    const t = translator(locale);
    const memory = await this.state.memory.get(context, {});
    const cancel = { label: t('remarque.cancel'), value: t('remarque.cancel') };
    const message =
      stage.stage === 'text'
        ? { text: t(isRetry ? 'remarque.empty' : 'remarque.askText'), choices: [cancel] }
        : {
            text: [
              stage.long ? t('errors.tooLong') : '',
              t('remarque.confirm', { text: readableRedaction(stage.text, locale) }),
              isRetry ? t('remarque.confirmAgain') : '',
            ]
              .filter(Boolean)
              .join('\n'),
            choices: [{ label: t('remarque.send'), value: t('remarque.send') }, cancel],
          };
    await this.replies.send(context, [message], locale, memory, this.trace());
  }

  private trace() {
    return conversationTrace('remarque', { topic: 'remarque', entryId: REMARQUE_ENTRY });
  }

  private hasText(prompt: PromptValidatorContext<string>): boolean {
    return prompt.recognized.succeeded && (prompt.recognized.value ?? '').trim().length > 0;
  }

  /** "Envoyer"/"oui" or "non"; cancel words never get here (the main dialog stops the remarque first). */
  private isAnswer(prompt: PromptValidatorContext<string>): boolean {
    const word = this.services.words.word(prompt.recognized.value ?? '');
    return word === 'yes' || word === 'no';
  }
}

function promptOptions(stage: Stage): PromptOptions {
  return { validations: stage };
}

function stageOf(options: PromptOptions): Stage {
  const v: unknown = options.validations;
  if (v && typeof v === 'object' && 'stage' in v && v.stage === 'confirm' && 'text' in v && typeof v.text === 'string') {
    return { stage: 'confirm', text: v.text, long: 'long' in v && v.long === true };
  }
  return { stage: 'text' };
}
