/**
 * The conversation core: one resident message (or the opening of a conversation) and what the conversation
 * remembers → the replies, the new memory and the events to record.
 *
 *     const { replies, trace, memory, events } = await runTurn(memory, message, services);
 *
 * Every edge calls this and nothing else: the Bot Framework bot (src/bot, which the local Direct Line reaches
 * too), `npm run chat` (src/cli/chat.ts), the SMS/WhatsApp/Telegram bridges (src/channels/bridges/conversation-turn.ts).
 * The core does no I/O of its own (services are passed in, see contract.ts), imports nothing of botbuilder, and never
 * modifies the memory it is given. An edge reads the memory before the turn, renders the replies for its channel,
 * stores the new memory and records the events.
 *
 * The order of a message, each step for a reason:
 *   0. a number when choices were offered ("2") → the choice it stands for
 *   interruptions, at any time (even in the middle of a remarque):
 *   1. danger signal → whatever is in progress stops; the message goes on as new (the engine answers urgence)
 *   2. "english please" / "en français" (alone or first: "english please, where is it?") → switch language
 *      (profile), then the rest of the message, or again what was being asked, or the last answer
 *   3. "annuler" → stop what is in progress (or say nothing is)
 *   then:
 *   4. empty or attachment-only message → a polite sentence (or the remarque's question again)
 *   5. a remarque in progress → its next step (remarque-flow.ts)
 *   6. a pending clarification → the chosen entry, or "rien de tout ça" → fallback; a follow-up of nothing yet
 *      ("qui je dois appeler ?") → the same choices again; words that add to the question ("il est tout le temps
 *      sur les écrans") → the question and them together, when that settles it on one of the choices
 *   7. "oui"/"non" after "cette réponse vous aide ?" → thanks, or a "not helpful" remarque
 *   8. "autre question" → invitation to ask
 *   9. a tapped title (see also, welcome, clarification button) → that entry, without scoring
 *  10. a report ("je voudrais signaler que…", "je voudrais dire que…") the engine does not answer surely → that
 *      remarque, to confirm (before the follow-ups: a report is never a detail of the last answer); then a follow-up
 *      of the last answer ("c'est où ?", "et pour mon fils ?", "merci") → about it (follow-ups.ts)
 *  11. a request to leave a remarque → the remarque flow
 *  12. the engine decides: answer, clarify, or fallback — a message with nothing to answer ("oui", "?", "c'est
 *      où ?" with nothing before) is invited to ask instead of being kept as an unanswered question
 *
 * Clarifications and "did this help?" are soft: a resident who ignores them and asks something else is answered.
 */
import type { Decision } from '../src/engine/decide.js';
import type { Engine } from '../src/engine/engine.js';
import type { Entry, Locale } from '../src/knowledge/schema.js';
import { toLocale } from '../src/replies/i18n.js';
import { Audiences } from './audience.js';
import type { ConversationMemory, CoreServices, IncomingMessage, Memory, TurnResult } from './contract.js';
import { FOLLOW_UP_WINDOW_MS, FollowUps, isQuestion } from './follow-ups.js';
import { GOODBYE_ENTRY, GREETING_ENTRY, REMARQUE_ENTRY, URGENCE_ENTRY } from './known-entries.js';
import { ask, continueRemarque, keepAfterDanger, startRemarque } from './remarque-flow.js';
import { RemarqueIntent } from './remarque-intent.js';
import { conversationTrace, TurnWriter } from './replies.js';
import { welcomeMessage } from './welcome.js';

export { FOLLOW_UP_WINDOW_MS } from './follow-ups.js';

/**
 * Beyond this many words of their own, a message the safety net reads as danger is a story, never a follow-up of the
 * last answer (follow-ups.ts reads at most five beside its own words).
 */
const MAX_FOLLOW_UP_WORDS = 5;
/** A greeting opens a message in at most this many words ("bonjour madame", "hi there"). */
const MAX_GREETING_WORDS = 3;
/** A report ("je voudrais signaler que…") the engine answers at least this surely gets its answer, not the remarque. */
const REPORT_ANSWERED_SCORE = 0.5;
/** Words that turn to something else as a message opens: "au fait", "sinon", "by the way" (folded). */
const ASIDE_LEAD = /^(?:(?:ok|okay|bon|alors|euh|et|oh|and) )*(?:au fait|sinon|a part ca|d ailleurs|autre chose|by the way|btw|anyway|also|oh and|other thing)\b/;
/** A question of time or price, which cannot be about a remarque waiting for « Envoyer » ("c'est quand la collecte"). */
const WHEN_OR_HOW_MUCH = /\b(?:quand|quelle heure|quel jour|quels jours|combien|when|what time|what day|how much)\b/;
/** A question word anywhere in a message that turns aside without a question mark ("au fait la mairie ouvre a quelle heure"). */
const QUESTION_INSIDE = /\b(?:quand|ou|quelle heure|quel jour|combien|comment|est ce que|when|where|what time|how)\b/;

/**
 * One turn. `memory` as stored after the previous turn (undefined for a new conversation); `services` may differ
 * from turn to turn (an edge hands the turn's remarque quota through `keep`). Never throws for a resident's input;
 * a failing service may reject (the edge then apologises and forgets the conversation).
 */
export function runTurn(memory: Memory | undefined, message: IncomingMessage, services: CoreServices): Promise<TurnResult> {
  let core = cores.get(services.engine);
  if (!core) cores.set(services.engine, (core = new ConversationCore(services.engine)));
  return core.run(memory, message, services);
}

/** What the core derives from an engine's knowledge (words of a remarque request, publics), made once per engine. */
const cores = new WeakMap<Engine, ConversationCore>();

class ConversationCore {
  private readonly remarqueIntent: RemarqueIntent;
  private readonly followUps: FollowUps;
  private readonly normaliser: Engine['normaliser'];
  private readonly remarqueTopic: string | undefined;

  constructor(engine: Engine) {
    this.remarqueIntent = new RemarqueIntent(engine);
    this.normaliser = engine.normaliser;
    this.remarqueTopic = engine.entry(REMARQUE_ENTRY)?.topic;
    this.followUps = new FollowUps(new Audiences(engine.knowledge.conversation, engine.normaliser), engine.knowledge.conversation, engine.normaliser);
  }

  async run(memory: Memory | undefined, message: IncomingMessage, services: CoreServices): Promise<TurnResult> {
    const before = readMemory(memory);
    const profile = { ...before.profile };
    const conversation: ConversationMemory = cloneMemory(before.conversation);
    const locale: Locale = profile.locale ?? toLocale(message.locale);
    const out = new TurnWriter(services, conversation, locale, message.channel || 'unknown');
    if (message.type === 'join') {
      out.send([welcomeMessage(services.engine, locale)], conversationTrace('welcome'));
    } else {
      await this.message(out, profile, message, services);
    }
    return { replies: out.messages, trace: out.trace, memory: { conversation, profile }, events: out.events, locale: out.locale };
  }

  private async message(out: TurnWriter, profile: Memory['profile'], message: IncomingMessage, services: CoreServices): Promise<void> {
    const { engine, words } = services;
    const memory = out.memory;
    let text = messageText(message);

    // 0. "2" after a list of choices is the second choice, whatever comes next (a prompt, a clarification); a tapped
    // button's label ("Bus santé") is its choice too ("Le bus santé pour les femmes"), and the label is what the
    // resident said (kept as their question, see answer()).
    const offered = memory.choices;
    const labels = memory.choiceLabels;
    memory.choices = undefined;
    memory.choiceLabels = undefined;
    let tappedLabel: string | undefined;
    const number = offered ? words.choice(text, offered.length) : undefined;
    if (number !== undefined && offered?.[number]) text = offered[number] as string;
    else {
      const index = labels ? labels.findIndex((label) => label.toLocaleLowerCase() === text.trim().toLocaleLowerCase()) : -1;
      const picked = offered?.[index];
      if (index >= 0 && picked) {
        tappedLabel = text.trim();
        text = picked;
      }
    }

    // "how can I join it?" after a French answer: a message written in English is answered in English (this turn;
    // a language the resident chose stays theirs).
    if (text && !profile.locale && out.locale === 'fr' && words.writtenInEnglish(text)) out.locale = 'en';

    // Decided once: the engine answers a danger signal with urgence before anything else (step 1 reads it).
    // A story the safety net reads as danger ("elle vient de tomber elle se relève pas et elle a très mal") interrupts
    // too, and so does any message it reads so while a remarque is written (no follow-up there); a few words only
    // ("et pour mon petit de 2 ans ?") may first be a follow-up of the last answer (step 12 then).
    const read = text ? this.pastGreeting(text, engine.decide(text), engine) : undefined;
    const story = engine.normalise(text).tokens.length > MAX_FOLLOW_UP_WORDS;
    const decided = read && (story || memory.remarque) ? this.readDanger(read, engine, story) : read;
    const danger = decided?.kind === 'answer' && decided.via === 'danger';
    // The conversation word the whole message is ("oui", "annuler", "english please"): steps 2 to 8 read it.
    const word = !danger && text ? words.word(text) : undefined;
    if (danger) {
      // 1. Whatever was in progress gives way: the message is routed as a new one (the engine answers urgence).
      const writing = memory.remarque;
      memory.remarque = undefined;
      memory.clarify = undefined;
      // Only the safety net read danger (no rule of danger.yaml): the numbers first, then the remarque being
      // written is not lost — this message as its text, or the text waiting for « Envoyer », to confirm.
      if (writing && decided !== read && decided.kind === 'answer') {
        this.answer(out, services, decided.entry, { question: text, score: decided.score, decision: decided });
        return keepAfterDanger(out, writing, text);
      }
    } else if (text) {
      const switched = languageHead(text, words);
      if (switched) {
        // 2. The question in progress is asked again, now in the new language; right after an answer, that answer
        // again (who asks for English after a French answer could not read it); "english please, where is it?" →
        // the rest of the message is answered, in English.
        out.locale = profile.locale = switched.word === 'english' ? 'en' : 'fr';
        if (switched.rest && isQuestion(switched.rest)) {
          await this.message(out, profile, { ...message, text: switched.rest, value: undefined }, services);
        } else if (memory.remarque) {
          ask(out, memory.remarque);
          out.trace = conversationTrace('language');
        } else {
          this.sayAgain(out, services);
        }
        out.messages.unshift({ text: out.t('language.switched'), choices: [] });
        return;
      }
      if (word === 'cancel') {
        // 3.
        const key = memory.remarque ? 'remarque.cancelled' : memory.clarify ? 'help.cancelled' : 'help.nothingToCancel';
        memory.remarque = undefined;
        memory.clarify = undefined;
        return out.say(key, conversationTrace('cancel'));
      }
    }

    // 5. (and 4. inside a remarque: the question again) — unless the resident turns to another question ("au fait, la
    // mairie ouvre à quelle heure ?", "sinon c'est quand la collecte des encombrants ?"): the remarque is left unsent,
    // said so, and the question is answered.
    if (memory.remarque && text && !danger && this.asksInstead(text, decided, words, memory.remarque.stage === 'confirm')) {
      memory.remarque = undefined;
      await this.message(out, profile, { ...message, text, value: undefined }, services);
      out.messages.unshift({ text: out.t('remarque.setAside'), choices: [] });
      return;
    }
    if (memory.remarque) return continueRemarque(out, memory.remarque, text, words);

    if (!text) {
      // 4.
      return out.say((message.attachments ?? 0) > 0 ? 'errors.unsupported' : 'errors.empty', conversationTrace('prompt'));
    }

    // 6.
    const pending = memory.clarify;
    if (pending && !danger) {
      memory.clarify = undefined;
      const offeredEntries = pending.entryIds.map((id) => engine.entry(id)).filter((e): e is Entry => e !== undefined);
      if (word === 'none') {
        const candidates = offeredEntries.map((entry) => ({ entry, topic: entry.topic, score: pending.score }));
        return out.fallback({ question: pending.question, score: pending.score, candidates });
      }
      const chosen = offeredEntries.find((e) => engine.entryByTitle(text)?.id === e.id);
      if (chosen) return this.answer(out, services, chosen, { question: pending.question, score: pending.score });
      // "qui je dois appeler ?", "c'est où ?" while choosing: about the choice not made yet — the same choices again,
      // rather than a search of those few words ("appeler" alone offers unrelated topics).
      const followUp = word === undefined ? words.followUp(text) : undefined;
      const onlyFollowUp = followUp !== undefined && engine.normalise(words.followUpRest(text)).tokens.length === 0;
      const sameChoicesAgain = () => {
        const candidates = offeredEntries.map((entry) => ({ entry, topic: entry.topic, score: pending.score }));
        out.messages.push({ text: out.t('clarify.first'), choices: [] });
        return out.clarify(candidates, { question: pending.question, score: pending.score });
      };
      if (offeredEntries.length > 0 && onlyFollowUp && followUp !== 'audience') return sameChoicesAgain();
      // "il est tout le temps sur les écrans" after "mon fils reste dans sa chambre", "pour les femmes" after "santé":
      // words that add to the question rather than choose or ask something new — the question and them, read
      // together, may settle it on one of the choices.
      if (word === undefined && decided?.kind !== 'answer') {
        const question = `${pending.question} ${text}`;
        const together = engine.decide(question);
        if (together.kind === 'answer' && offeredEntries.some((e) => e.topic === together.topic)) {
          return this.answer(out, services, together.entry, { question, score: together.score, decision: together });
        }
      }
      if (offeredEntries.length > 0 && onlyFollowUp) return sameChoicesAgain();
    }

    // 7.
    const last = memory.last;
    if (last?.feedback && (word === 'yes' || word === 'no')) {
      last.feedback = false;
      const about = conversationTrace('feedback', last);
      if (word === 'yes') return out.say('feedback.thanks', about);
      const kept = await out.keep({ text: last.question, kind: 'not-helpful', topic: last.topic, score: last.score, entryId: last.entryId });
      return out.notHelpful(kept, about);
    }

    // 8.
    if (word === 'other') return out.say('answer.askAnother', conversationTrace('prompt'));

    // 9. A tapped button sends an entry's title: that entry is the answer, without scoring.
    const titled = danger ? undefined : engine.entryByTitle(text);
    // "ok cool a+", "ok super à plus": leaving, whatever the engine makes of "cool" or "super" — goodbye (the thread
    // ends there: it is no detail of the last answer, and no question to keep).
    const goodbye = !titled && !danger && words.closing(text) ? engine.entry(GOODBYE_ENTRY) : undefined;
    const decision = titled ? titleDecision(titled) : goodbye ? titleDecision(goodbye) : (decided ?? engine.decide(text));

    // 10. (before the follow-ups: a report is never a detail of the last answer) "je voudrais signaler que la porte
    // du hall ne ferme plus", "je voudrais dire que ça fait trois hivers qu'on attend": a report the engine cannot
    // place, or places only unsurely, is the remarque. (One the engine knows to be out of scope and sends somewhere —
    // "signaler un chien perdu" — gets its redirect instead; one it answers surely — "signaler que mon fils est harcelé" — its answer.)
    // A domain the engine knows to be out of scope keeps the report only when it has somewhere to send it ("signaler un
    // chien perdu": the mairie's service); one without ("des jeunes qui font du bruit", a dispute between tenants for
    // the engine) has nothing better than the remarque the resident asked to leave.
    const outOfScope = decision.kind === 'fallback' && decision.outOfScope !== undefined && decision.redirect !== undefined;
    const placed = decision.kind === 'answer' && decision.entry.id !== REMARQUE_ENTRY && decision.score >= REPORT_ANSWERED_SCORE;
    if (!titled && !placed && !outOfScope && this.remarqueIntent.opensWithReport(text)) return startRemarque(out, { text, score: decision.score });

    // 10. (then)
    if (this.followUps.handle(out, { text, decision, tapped: titled !== undefined, request: !titled && this.remarqueIntent.isRequest(text, decision) }, services)) return;

    // 11.
    if (!titled && this.remarqueIntent.isRequest(text, decision)) return startRemarque(out, { text: undefined, score: decision.score });

    // 12.
    const emergency = this.readDanger(decision, engine, story);
    if (emergency !== decision && emergency.kind === 'answer') return this.answer(out, services, emergency.entry, { question: text, score: emergency.score, decision: emergency });
    switch (decision.kind) {
      case 'answer':
        // A tapped button: the resident's words are its label, not the entry's title it stands for.
        return this.answer(out, services, decision.entry, { question: tappedLabel ?? text, score: decision.score, decision, tapped: titled !== undefined });
      case 'clarify':
        return out.clarify(decision.candidates, { question: text, score: decision.score, risk: decision.risk });
      case 'fallback':
        if (word !== undefined || engine.normalise(text).tokens.length === 0 || (words.followUp(text) !== undefined && engine.normalise(words.followUpRest(text)).tokens.length === 0)) {
          // "oui", "?", "where is it?" with nothing before: not a question to keep for the conseil citoyen ("les
          // horaires de la piscine ?" is one: words of its own beside the follow-up's).
          return out.say('answer.askAnother', conversationTrace('prompt'));
        }
        return out.fallback({ question: text, score: decision.score, candidates: decision.candidates, risk: decision.risk, redirect: decision.redirect });
    }
  }

  /**
   * "bonjour, tu fais quoi ?", "hi, what can you do?", "coucou c'est quand le bus santé": a greeting opens the message
   * and a question follows. The engine may read the greeting alone (the salutation, every other word being common) or
   * hesitate; the words after it are what the resident asks — their decision, when the engine answers them (or
   * hesitates on them where it only read the greeting). The greeting is the shortest run of first words (three at
   * most) the engine answers with the salutation entry; a greeting alone, or followed by words the engine cannot place
   * ("bonjour, il y a quelqu'un ?"), stays the greeting.
   */
  private pastGreeting(text: string, whole: Decision, engine: Engine): Decision {
    if (whole.kind === 'answer' && (whole.via === 'danger' || whole.entry.id !== GREETING_ENTRY)) return whole;
    const parts = text.trim().split(/\s+/);
    let rest: string | undefined;
    for (let n = 1; n <= Math.min(MAX_GREETING_WORDS, parts.length - 1) && rest === undefined; n++) {
      const head = parts.slice(0, n).join(' ');
      const greeting = engine.decide(head);
      if (greeting.kind === 'answer' && greeting.entry.id === GREETING_ENTRY) rest = parts.slice(n).join(' ').replace(/^[\s,;:.!-]+/u, '');
    }
    if (!rest || !/\p{L}/u.test(rest)) return whole;
    const asked = engine.decide(rest);
    if (asked.kind === 'answer' && asked.topic !== engine.entry(GREETING_ENTRY)?.topic) return asked;
    if (asked.kind === 'clarify' && whole.kind === 'answer') return asked;
    return whole;
  }

  /**
   * A message the engine can neither answer nor narrow to a few choices (or reads as a remarque to leave), but whose
   * words the safety net reads as danger ("elle vient de tomber elle se relève pas", "il m'a jeté une bouteille
   * dessus") — the net's emergency line would have come first, then "je ne sais pas", a choice of services or a
   * remarque to confirm: the emergency numbers answer instead, as for a danger signal (whatever is in progress gives
   * way). On the released danger lists, such a reading (a fallback or
   * a clarification with the line; a remarque with it) concerns 390 of 3,060 danger messages and 8 of 5,180 ordinary
   * questions. The urgence entry the engine thought closest, else all the numbers.
   */
  private readDanger(decision: Decision, engine: Engine, story: boolean): Decision {
    // A domain the engine knows and sends somewhere ("c combien la carte grise", the préfecture's) keeps its redirect,
    // the emergency line first.
    // Danger wins over the remarque too ("vite il est en train de tout casser", which the engine reads as a report).
    // A domain the engine knows without a redirect, in a few words ("c combien la carte grise"), keeps its reply too: in
    // a story ("my boyfriend threw a glass at me and he's still shouting", a dating question for the engine), the
    // numbers (42 danger messages, 1 ordinary question).
    if (!decision.risk || (decision.kind === 'answer' && decision.entry.id !== REMARQUE_ENTRY)) return decision;
    if (decision.kind === 'fallback' && decision.outOfScope !== undefined && (decision.redirect !== undefined || !story)) return decision;
    const urgenceTopic = engine.entry(URGENCE_ENTRY)?.topic;
    const closest = decision.candidates.find((c) => c.topic === urgenceTopic)?.entry ?? engine.entry(URGENCE_ENTRY);
    if (!closest) return decision;
    return { kind: 'answer', entry: closest, topic: closest.topic, score: decision.score, candidates: decision.candidates, via: 'danger' };
  }

  /**
   * While a remarque is in progress, a message that is a question of its own rather than the remarque's next step:
   * the resident says they turn to something else ("au fait", "sinon", "by the way", the `newTopic` words) and asks
   * a question (a question mark, a question word) that the engine answers surely on another topic (0.5 or more; or
   * hesitates between other topics that surely: "la mairie ouvre quand ?") or knows to be out of scope. Without
   * that turn aside, the remarque goes on: its text may itself be a question ("quand vont-ils réparer l'ascenseur ?"),
   * and before « Envoyer » a question may be about the remarque ("c'est anonyme ?", "qui va lire ça ?": answering it
   * would drop the remarque — a control set lost a conversation so). A report ("je veux signaler que…") is always
   * the remarque's.
   */
  private asksInstead(text: string, decided: Decision | undefined, words: CoreServices['words'], confirming: boolean): boolean {
    if (!decided || words.word(text) !== undefined || this.remarqueIntent.opensWithReport(text)) return false;
    const folded = this.normaliser.foldForPatterns(text);
    // Before « Envoyer », without turning aside: "c'est quand la collecte des encombrants", "et la piscine elle ouvre
    // quand" — a when, a what time or a how much about a domain the engine knows it does not cover is no question
    // about the remarque ("mon nom sera donné ?", out of scope too for the engine, asks neither): its redirect.
    if (!ASIDE_LEAD.test(folded) && !words.changesSubject(text)) return confirming && decided.kind === 'fallback' && decided.outOfScope !== undefined && WHEN_OR_HOW_MUCH.test(folded);
    if (!isQuestion(text) && !QUESTION_INSIDE.test(folded)) return false;
    return (
      (decided.kind === 'answer' && decided.entry.id !== REMARQUE_ENTRY && decided.topic !== this.remarqueTopic && decided.score >= REPORT_ANSWERED_SCORE) ||
      (decided.kind === 'clarify' && decided.score >= REPORT_ANSWERED_SCORE && !decided.candidates.some((c) => c.topic === this.remarqueTopic)) ||
      (decided.kind === 'fallback' && decided.outOfScope !== undefined)
    );
  }

  /**
   * After a language switch: the pending choices in the new language, or the last answer (while it is still the
   * topic) offered again by its title: one tap reads it in the new language, without a long reply in between.
   * The turn stays a language switch about that answer (no statistics event).
   */
  private sayAgain(out: TurnWriter, services: CoreServices): void {
    const { engine, clock } = services;
    const { clarify, last } = out.memory;
    if (clarify) {
      const candidates = clarify.entryIds.map((id) => engine.entry(id)).filter((e): e is Entry => e !== undefined).map((entry) => ({ entry, topic: entry.topic, score: clarify.score }));
      if (candidates.length > 0) return out.clarify(candidates, { question: clarify.question, score: clarify.score, as: 'language' });
    }
    const entry = last ? engine.entry(last.entryId) : undefined;
    if (last && entry && entry.topic !== 'urgence' && clock().getTime() - Date.parse(last.at) < FOLLOW_UP_WINDOW_MS) {
      last.at = clock().toISOString();
      const title = entry.title[out.locale];
      const other = out.t('answer.otherQuestion');
      return out.send([{ text: out.t('language.again', { title }), choices: [{ label: title, value: title }, { label: other, value: other }] }], conversationTrace('language', last));
    }
    out.trace = conversationTrace('language');
  }

  /** An entry to answer with; the remarque entry starts the remarque flow instead. */
  private answer(out: TurnWriter, services: CoreServices, entry: Entry, options: { question: string; score: number; decision?: Decision; tapped?: boolean }): void {
    const { question, score, decision } = options;
    if (entry.id === REMARQUE_ENTRY) {
      // A tapped button ("Faire une remarque") is a wish to write one, not the remarque itself.
      const carried = !options.tapped && services.words.carriesRemarqueText(question);
      return startRemarque(out, { text: carried ? question : undefined, score });
    }
    out.answer(entry, { question, score, candidates: decision?.candidates ?? [{ entry, topic: entry.topic, score }], risk: decision?.risk });
  }
}

/** The text of a message: what was typed, else a tapped button's value when the channel sends it apart. */
function messageText(message: IncomingMessage): string {
  const text = typeof message.text === 'string' ? message.text.trim() : '';
  if (text) return text;
  return typeof message.value === 'string' ? message.value.trim() : '';
}

/**
 * The memory as stored may be anything (an older shape, a hand-edited row): what is not understood is forgotten
 * rather than trusted, so a broken memory costs the resident a follow-up, never the answer.
 */
const NOT_PLAIN = Symbol('not plain data');

/**
 * structuredClone(value) for the memory as edges hand it (parsed JSON: plain objects, arrays, strings, numbers,
 * booleans, null, keys left undefined), without its serialisation — it was the costliest line of a turn's set-up.
 * Anything else (a Date, a Map, an object met twice, a sparse array, a class instance) goes to structuredClone
 * itself, so the copy is always the one it would make.
 */
export function cloneMemory<T>(value: T): T {
  const seen = new Set<object>();
  const copy = (v: unknown): unknown => {
    if (typeof v === 'function' || typeof v === 'symbol') throw NOT_PLAIN;
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) throw NOT_PLAIN;
    seen.add(v);
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype || Object.keys(v).length !== v.length) throw NOT_PLAIN;
      const out: unknown[] = [];
      for (let i = 0; i < v.length; i++) out.push(copy(v[i]));
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      if (key === '__proto__') throw NOT_PLAIN;
      out[key] = copy((v as Record<string, unknown>)[key]);
    }
    return out;
  };
  try {
    return copy(value) as T;
  } catch (error) {
    if (error === NOT_PLAIN) return structuredClone(value);
    throw error;
  }
}

export function readMemory(memory: unknown): Memory {
  const m = (memory && typeof memory === 'object' ? memory : {}) as Partial<Memory>;
  const conversation = m.conversation && typeof m.conversation === 'object' ? m.conversation : {};
  const profile = m.profile && typeof m.profile === 'object' ? m.profile : {};
  return {
    conversation,
    profile: profile.locale === 'fr' || profile.locale === 'en' ? { locale: profile.locale } : {},
  };
}

/** Where a language request may end, with the rest of the message after it ("english please, where is it?"). */
const CLAUSE_END = /[,.;:!?]| - /g;

/**
 * "english please", "english please, my wife reads it better", "sorry, can you answer in English? When is it?",
 * "sorry I don't read French well, how can I join?" → the language and the rest of the message; undefined when no
 * clause asks for a language before one that says something else. Clauses of polite words alone ("sorry", "excusez-moi")
 * may come first.
 */
function languageHead(text: string, words: CoreServices['words']): { word: 'english' | 'french'; rest: string } | undefined {
  // Every way below asks words.language() of a part of the text: none can say yes when the text names no language.
  if (!words.mayAskForLanguage(text)) return undefined;
  const ends = new RegExp(CLAUSE_END.source, 'g');
  let from = 0;
  for (;;) {
    const end = ends.exec(text);
    const clause = text.slice(from, end ? end.index : text.length);
    const word = clause.trim() ? words.language(clause) : undefined;
    if (word) return { word, rest: end ? text.slice(end.index + end[0].length).trim() : '' };
    if (!end || (clause.trim() && !words.onlyAround(clause))) return unpunctuated(text.slice(from), words) ?? languageTail(text, words) ?? languageLast(text, words);
    from = end.index + end[0].length;
  }
}

/** Beyond this many words, a message is not searched for a language request without punctuation. */
const MAX_UNPUNCTUATED_WORDS = 20;

/**
 * "sorry my french is bad who do i call", typed without a comma: the longest run of first words that asks for a
 * language, when the words after it are a question ("who do i call") — else nothing.
 */
function unpunctuated(text: string, words: CoreServices['words']): { word: 'english' | 'french'; rest: string } | undefined {
  const parts = text.trim().split(/\s+/);
  if (parts.length > MAX_UNPUNCTUATED_WORDS) return undefined;
  for (let n = parts.length - 1; n >= 1; n--) {
    const rest = parts.slice(n).join(' ');
    if (!isQuestion(rest)) continue;
    const word = words.language(parts.slice(0, n).join(' '));
    if (word) return { word, rest };
  }
  return undefined;
}

/** Where a condition or a reason starts a clause of its own ("…if I don't speak French well", "…mais je lis mal le français"). */
const TAIL_CLAUSE = /(?:^|\s)(?:if|but|because|as|since|though|although|even if|cause|coz|cos|si|mais|car|parce que|parce qu|vu que|sachant que)\s/giu;

/**
 * "can I join if I don't speak French well?", "how do I sign up, because my French is bad": a question and, in a last
 * clause of its own (after "if", "because", "mais"…), a language asked for as languageRequest reads it — the language,
 * and the question without that clause (its question mark kept). Nothing when the question before it is empty.
 */
function languageTail(text: string, words: CoreServices['words']): { word: 'english' | 'french'; rest: string } | undefined {
  const starts = [...text.matchAll(TAIL_CLAUSE)];
  const last = starts[starts.length - 1];
  if (!last || last.index === undefined) return undefined;
  const head = text.slice(0, last.index).replace(/[\s,;:.-]+$/u, '').trim();
  const clause = text.slice(last.index + last[0].length).replace(/[\s?!.]+$/u, '');
  if (!head || !clause) return undefined;
  const word = words.language(clause);
  return word ? { word, rest: /\?\s*$/.test(text) ? `${head} ?` : head } : undefined;
}

/**
 * "can my husband come too? he only speaks english", "c'est où ? je lis mal le français": a question, then a sentence of
 * its own that asks for a language as languageRequest reads it — the language, and the question before it.
 */
function languageLast(text: string, words: CoreServices['words']): { word: 'english' | 'french'; rest: string } | undefined {
  const sentences = text.trim().split(/(?<=[.;!?])\s+/u);
  if (sentences.length < 2) return undefined;
  const word = words.language((sentences[sentences.length - 1] as string).replace(/[\s?!.;]+$/u, ''));
  const rest = sentences.slice(0, -1).join(' ').trim();
  return word && rest ? { word, rest } : undefined;
}

/** A tapped title as the engine would have decided it: that entry, for sure. */
function titleDecision(entry: Entry): Decision {
  const candidate = { entry, topic: entry.topic, score: 1 };
  return { kind: 'answer', entry, topic: entry.topic, score: 1, candidates: [candidate], via: 'search' };
}
