/**
 * Messages about the last answer, for a while after it: "c'est où ?", "c gratuit ?", "je peux appeler qui ?",
 * "et pour mon fils de 2 ans ?", "merci", "ok". Like the slots of Rasa or Dialogflow, the last answer is the
 * context: a short message reads it before it is searched as a new question — but a new, complete question (the
 * engine answers it confidently with another topic) is answered as new.
 *
 * A follow-up never carries the safety net's emergency line: its few words are about a service, and a message with
 * a real danger signal never gets here (the core answers it with urgence first).
 */
import { HORS_CHAMP, type Decision } from '../src/engine/decide.js';
import type { Normaliser } from '../src/engine/normalise.js';
import type { ConversationFile, Entry, FollowUpKind } from '../src/knowledge/schema.js';
import type { Audience, Audiences } from './audience.js';
import type { CoreServices } from './contract.js';
import { REMARQUE_ENTRY, THANKS_ENTRY } from './known-entries.js';
import type { TurnWriter } from './replies.js';

/** Answers about the assistant itself: "merci" after them is thanks, but nothing else is about them. */
const NOT_A_SERVICE = new Set(['aide', 'salutation']);
/** A follow-up refers to an answer given within this time; after that, "c'est où ?" is a new question. */
export const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000;
/** A wish to leave a remarque is never read with the last question (the remarque flow takes it). */
const REMARQUE_TOPIC = REMARQUE_ENTRY;
/** An answer on another topic at least this sure is a new question, whatever the last question and it say together. */
const SURE_NEW_QUESTION = 0.7;
/** An answer on another topic at least this sure is a new question, even with follow-up words in it. */
const NEW_QUESTION_SCORE = 0.5;
/**
 * The words left beside the follow-up's own must point to the new topic this clearly ("le forum de l'emploi" 1,
 * "la crèche" 0.8) to make a new question; "il se met exactement" (0.69 for the sorting of waste) does not.
 */
const REST_NAMES_A_TOPIC = 0.75;
/** The words beside a public naming another service this surely, and that service is for them: answered as new. */
const REST_ANSWERS_FOR_PUBLIC = 0.5;
/** …in at least this many words of their own ("needs help homework"); "can she come" names no service. */
const MIN_REST_WORDS_FOR_PUBLIC = 2;
/**
 * A short question the engine will not answer alone (too few strong words) but whose best entry it scores this high
 * and the last answer links to ("qui a signé ?" after the quarter → the contrat de ville's signatories): answered.
 */
const LINKED_FALLBACK_SCORE = 0.75;
/** The services the resident's words point to at least this much break ties after an audience switch. */
const PREFERRED_SCORE = 0.3;
/** Beside the public, at most this many words of its own ("qui s'ennuie"): more is something else to say. */
const MAX_AUDIENCE_REST_WORDS = 2;
/** An age said in numbers ("2 ans", "2-year-old", "18 mois"). */
const STATED_AGE = /\d/;
/** Words an out-of-scope new question needs, a strong one beside the follow-up's ("la ducasse de Beuvry"). */
const MIN_OUT_OF_SCOPE_WORDS = 2;
/** An in-scope thought below this is noise (every topic scores ~0.1–0.2 on a stray word): it keeps no thread. */
const STILL_ABOUT_SCORE = 0.2;
/** Strong words of its own beside a town outside the quarter that make a question of its own ("le cinéma de Lens"). */
const MIN_OWN_WORDS_ELSEWHERE = 1;
/** Strong words of its own that an out-of-scope domain must explain for a question of its own ("le train de 18h pour Paris"). */
const MIN_OWN_WORDS_OUT_OF_SCOPE = 3;
/** …that much better than any service ("le train de 18h pour Paris": the journeys 0.67, the quarter's transport 0.41). */
const OUT_OF_SCOPE_LEAD = 0.1;
/**
 * With two strong words only, the domain must explain the message this clearly ("quel temps il fera samedi": the weather
 * 0.77); "on construira quoi à la place ?" after the demolition (town planning 0.51) stays with the thread.
 */
const OUT_OF_SCOPE_CLEAR = 0.6;
const MIN_OWN_WORDS_CLEAR_DOMAIN = 2;
/** More content words than this beyond the follow-up's own is a story or a question of its own, not a follow-up. */
const MAX_OTHER_WORDS = 3;

export interface FollowUpInput {
  text: string;
  decision: Decision;
  /** The message is a tapped button (a title): never a follow-up. */
  tapped: boolean;
  /** The message asks to leave a remarque ("je veux faire une remarque"): never read with the last question. */
  request?: boolean;
}

export class FollowUps {
  /** "c'est quoi", "what is": asking what the answer is about (folded phrases of `explain`). */
  private readonly explain: string[];

  /** "pendant ce temps", "while I'm there" (folded), the publics who need minding then, and the entry that minds them. */
  private readonly meanwhile: { entry: string | undefined; audiences: Set<string>; words: string[] };

  constructor(
    private readonly audiences: Audiences,
    file: ConversationFile,
    private readonly normaliser: Normaliser,
  ) {
    this.explain = file.explain.map((p) => normaliser.foldForPatterns(p)).filter(Boolean);
    const during = file.meanwhile.words.map((p) => normaliser.foldForPatterns(p)).filter(Boolean);
    this.meanwhile = { entry: file.meanwhile.entry, audiences: new Set(file.meanwhile.audiences), words: during };
  }

  /**
   * "et je fais comment avec les petits pendant ce temps ?", "what do I do with my kids while I'm there?": young
   * children and "during it" — the childcare entry, rather than whether the last answer is for children (it is for
   * their parent). Nothing when the other words name another service surely ("pendant ce temps, l'aide aux devoirs
   * c'est où ?"), or when the last answer is already the childcare one.
   */
  private minding(text: string, audience: Audience | undefined, entry: Entry, { engine, words }: CoreServices): Entry | undefined {
    const target = this.meanwhile.entry ? engine.entry(this.meanwhile.entry) : undefined;
    if (!target || !audience?.age || !this.meanwhile.audiences.has(audience.age) || entry.topic === target.topic) return undefined;
    const folded = ` ${this.normaliser.foldForPatterns(text)} `;
    if (!this.meanwhile.words.some((phrase) => folded.includes(` ${phrase} `))) return undefined;
    // The engine reads "pendant ce temps", "l'atelier" as words of their own (0.8 on the wellbeing, the parents'
    // games): what decides is whether the words beside the public and "during it" name another service surely.
    const beside = words.followUp(text) === undefined ? text : words.followUpRest(text);
    let rest = ` ${this.normaliser.foldForPatterns(this.audiences.without(beside))} `;
    for (const phrase of this.meanwhile.words) rest = rest.split(` ${phrase} `).join(' ');
    const other = engine.normalise(rest).tokens.length > 0 ? engine.decide(rest) : undefined;
    if (other?.kind === 'answer' && other.topic !== target.topic && other.topic !== entry.topic && other.score >= REST_NAMES_A_TOPIC) return undefined;
    return target;
  }

  /**
   * Thanks in words of kindness ("that's so kind of you", "much appreciated", "c'est très aimable", "trop sympa") :
   * one word of `kindness` at least, and nothing but `kindnessAround` words beside it.
   */
  private kindWords(text: string): boolean {
    const tokens = this.normaliser.foldForPatterns(withoutIdioms(text)).split(' ').filter(Boolean);
    return tokens.some((w) => KINDNESS.has(w)) && tokens.every((w) => KINDNESS.has(w) || KINDNESS_AROUND.has(w));
  }

  /** The message asks what the answer is about ("c'est quoi le club Ados ?", "what is it exactly?"). */
  private explains(text: string): boolean {
    const folded = ` ${this.normaliser.foldForPatterns(text)} `;
    return this.explain.some((phrase) => folded.includes(` ${phrase} `));
  }

  /** Answers the message as a follow-up of the last answer when it is one; false otherwise. */
  handle(out: TurnWriter, input: FollowUpInput, services: CoreServices): boolean {
    const last = out.memory.last;
    const { engine, words, clock } = services;
    const answered = last ? engine.entry(last.entryId) : undefined;
    if (!last || !answered || clock().getTime() - Date.parse(last.at) >= FOLLOW_UP_WINDOW_MS) return false;
    const { text } = input;
    let { decision } = input;
    if (decision.kind === 'answer' && decision.via === 'danger') return false;
    if (answered.topic === 'urgence') return this.stillUrgent(out, answered, input, services);
    // "ok. autre chose, comment je m'inscris à France Travail ?": the resident says the subject changes — a new question.
    if (words.changesSubject(text)) return false;
    // "d'accord, et c'est jusqu'à quelle heure ?", "thanks, and where is it?": thanks, then a follow-up — the
    // follow-up is the message (the engine reads the thanks).
    // ("merci quand même", "ok tant pis, merci qd même": "quand même" is "all the same", no "when" — thanks alone.)
    if (decision.kind === 'answer' && decision.entry.id === THANKS_ENTRY && (words.followUp(withoutIdioms(text)) !== undefined || this.audiences.named(text) !== undefined)) {
      decision = { kind: 'fallback', candidates: [], score: 0 };
      input = { ...input, decision };
    }

    // "that's really kind of you", "much appreciated", "trop sympa", "très aimable": thanks in words of kindness only,
    // which the engine may not read as thanks (a fallback, or the quarter for "kind") — thanks all the same.
    const thanksEntry = engine.entry(THANKS_ENTRY);
    if (thanksEntry && !(decision.kind === 'answer' && (NOT_A_SERVICE.has(decision.topic) || decision.entry.id === THANKS_ENTRY || decision.via === 'danger')) && this.kindWords(text)) {
      decision = { kind: 'answer', entry: thanksEntry, topic: thanksEntry.topic, score: 1, candidates: [], via: 'search' } as Decision;
      input = { ...input, decision };
    }
    if (decision.kind === 'answer' && decision.entry.id === THANKS_ENTRY) {
      // The reply is the thanks entry's, and the turn is traced as its answer; the last answer stays the topic of the
      // conversation ("merci" then "c'est où ?" is still about it) — only the trace names the thanks.
      last.feedback = false;
      touch(out, clock);
      const thanks = decision.entry;
      out.send([{ text: thanks.answer[out.locale], choices: out.seeAlso(answered) }], { kind: 'answer', topic: thanks.topic, candidates: [thanks.topic], score: 1, entryId: thanks.id });
      return true;
    }
    // The agenda's list asked about a service ("c'est quand la prochaine activité ?" after the pôle culturel): its
    // details are that service's ("faut réserver ?").
    const entry = (last.about ? engine.entry(last.about) : undefined) ?? answered;
    // A detail of "what can you do?" or of a greeting is not a service's: the message is a question of its own.
    if (input.tapped || NOT_A_SERVICE.has(entry.topic)) return false;
    const word = words.word(text);
    if (word === 'yes' && !last.feedback) {
      // "ok" once "did this help?" is answered: an acknowledgement, the answer stays the topic.
      touch(out, clock);
      out.followUp(entry, { text: out.t('followup.ok'), choices: [] });
      return true;
    }
    if (word !== undefined) return false;

    const kind = words.followUp(text);
    // "ils vont casser quel immeuble ?", "ils démolissent lequel ?" after the renovation: an everyday verb ("casser")
    // makes the engine read a complaint to leave, but the message asks a question (not a wish to leave a remarque)
    // and, read with the last question, is about the last answer — the thread goes on.
    const complaintRead = decision.kind === 'answer' && decision.topic === REMARQUE_TOPIC && !input.request && isQuestion(text) && short(text, engine);
    // "il y a combien de personnes qui habitent là ?" after the quarter's answer: the words alone find another topic,
    // less surely than the last question and them read together find the last answer's — the thread goes on.
    // "on peut avoir une aide ?" after a residents' project: the assistant's own help for the engine (sure of it), but a
    // short question that does not speak to the assistant ("tu", "vous", "you") asks for help with the project.
    const helpRead = decision.kind === 'answer' && decision.topic === HELP_TOPIC && isQuestion(text) && fewWords(text, engine) && !ADDRESSES_ASSISTANT.test(` ${engine.normaliser.foldForPatterns(text)} `);
    if (complaintRead || helpRead || (decision.kind === 'answer' && decision.topic !== entry.topic && decision.topic !== REMARQUE_TOPIC && decision.score < SURE_NEW_QUESTION && fewWords(text, engine))) {
      const together = engine.decide(`${last.question} ${text}`);
      if (together.kind === 'answer' && together.via === 'search' && together.topic === entry.topic && (complaintRead || helpRead || together.score >= decision.score)) {
        if (together.entry.id !== entry.id) {
          out.answer(together.entry, { question: `${last.question} ${text}`, score: together.score, candidates: together.candidates });
        } else if (kind) {
          this.detail(out, entry, kind, services);
        } else {
          this.unknownDetail(out, entry, services);
        }
        return true;
      }
    }
    // "c'est à la mairie ?", "is it at the town hall?": the resident guesses where the last answer's service is; the
    // place they name is not a new subject (the engine would answer "la mairie" on its own) — its place answers.
    if ((kind === undefined || kind === 'place') && guessesPlace(engine.normaliser.foldForPatterns(text))) {
      this.detail(out, entry, 'place', services);
      return true;
    }
    // "c'est quoi le club Ados ?" right after it: the answer again (its name is no public asked for).
    if (!kind && decision.kind === 'answer' && decision.entry.id === entry.id && this.explains(text)) return false;
    let audience = this.audiences.named(text);
    // "et c'est quand la braderie de Lille ?", "sinon comment on refait un passeport ?": beside the follow-up's words,
    // words of a domain the assistant knows it does not cover (two words in the message, a strong one of its own:
    // "leur bureau", "valable aussi à Labourse" are not) — the engine's redirect for that domain is the answer, never a detail of the last answer.
    if (this.outOfScopeQuestion(text, decision, entry, services)) return false;
    // "il y a un club de judo à Lens qui prend les débutants ?", "et le train Lille-Paris de 18h il est à l'heure ?":
    // a whole question of its own on another town, or one an out-of-scope domain explains better than any service —
    // answered as new (honestly not known), never as a detail of the last answer.
    if (this.newQuestionBeyond(text, decision, entry, services)) return false;
    const minding = this.minding(text, audience, entry, services);
    if (minding) {
      out.answer(minding, { question: text, score: decision.kind === 'answer' && decision.topic === minding.topic ? decision.score : 1, candidates: [{ entry: minding, topic: minding.topic, score: 1 }] });
      return true;
    }
    // "je peux venir avec mon bébé ?", "on peut y aller avec les enfants ?", "can I bring my kids along?": the public
    // comes along with the resident — whether this service welcomes them too (its families say so), else not known
    // and who can tell; never another service "for them". A public named before ("mon fils peut venir avec moi ?") is
    // whom the message asks about.
    const along = audience ? this.audiences.comingAlong(text) : undefined;
    if (along && !along.subject && short(text, engine)) {
      this.companion(out, entry, along.along, services);
      return true;
    }
    if (along?.subject) audience = along.subject;
    // "les ados peuvent en faire partie ?", "un jeune de 16 ans peut y participer ?", "can teenagers join it?": the
    // words point back to the last answer — whether it is for them (or the service of its family that is), whatever
    // other service "participer" or "partie" would find.
    if (audience && short(text, engine) && this.audiences.joinsIt(text) && !this.audiences.asksWhatThereIs(text)) {
      this.audienceSwitch(out, text, entry, audience, [], false, services);
      return true;
    }
    if (!kind && !audience) return this.shortQuestion(out, entry, input, services);
    // What the message says beyond its follow-up words and the public it names: nothing ("il faut apporter
    // quoi ?", "can my husband come too?") → about the last answer, whatever the engine found for those words;
    // words that the engine answers on their own ("c'est où le forum de l'emploi ?") → a new question.
    const rest = this.audiences.without(words.followUpRest(text));
    const restWords = engine.normalise(rest).tokens.length;
    // What the engine makes of those words alone: decided only when a condition below comes to read it (most
    // follow-ups name no public and keep the last answer's topic — no second decision).
    let restDecided = false;
    let restDecisionMade: Decision | undefined;
    const restDecision = (): Decision | undefined => {
      if (!restDecided) {
        restDecided = true;
        restDecisionMade = restWords === 0 ? undefined : rest === text ? decision : engine.decide(rest);
      }
      return restDecisionMade;
    };
    const restTopNames = (topic: string): boolean => {
      const restTop = restDecision()?.candidates[0];
      return restTop !== undefined && restTop.topic === topic && restTop.score >= REST_NAMES_A_TOPIC;
    };
    const newQuestion = decision.kind === 'answer' && decision.topic !== entry.topic && decision.score >= NEW_QUESTION_SCORE && restTopNames(decision.topic);
    // "and my son is 9, he needs help with homework": the public and, in their own words, another service that is
    // for them → that service, as a new question.
    // "et qui garde mes enfants pendant ce temps-là ?", "is there a nursery for our 2-year-old?", "et pour faire garder
    // mes petits ?": the whole message names a service surely, and its words without the public (one is enough:
    // "garder") still point there — that service, asked for them. ("anything for teenagers?" asks what there is for
    // them: the audience switch says which service is made for them.)
    const wholeNames =
      audience && restWords >= 1 && !this.audiences.asksWhatThereIs(text) && decision.kind === 'answer' && decision.via === 'search' && decision.topic !== entry.topic && !NOT_A_SERVICE.has(decision.topic) && decision.score >= REST_NAMES_A_TOPIC && (restDecision()?.candidates ?? []).some((c) => c.topic === decision.topic)
        ? decision.entry
        : undefined;
    const restAnswer = audience && restWords >= MIN_REST_WORDS_FOR_PUBLIC ? restDecision() : undefined;
    const restForThem =
      restAnswer?.kind === 'answer' && restAnswer.topic !== entry.topic && !NOT_A_SERVICE.has(restAnswer.topic) && restAnswer.score >= REST_ANSWERS_FOR_PUBLIC ? restAnswer.entry : undefined;
    // "et pendant ce temps qui garde mon bébé de 8 mois ?": without the public, "qui garde" reads as keeping one's data
    // (no service for a public); with it, the whole message names childcare — a service of the families, for publics.
    const publicHelpsRead = restForThem && wholeNames && this.audiences.listed(restForThem) === undefined && this.audiences.listed(wholeNames) !== undefined;
    const forThem = restForThem && !publicHelpsRead ? restForThem : wholeNames;
    // "la mairie ouvre quand ?" after the démarches: the engine hesitates between the mairie and the démarches, the
    // words beside "quand" name the mairie for sure — a new question about it, not the démarches' opening hours.
    // ("latelier" alone is three kinds of workshops: "c'est quand l'atelier ?" stays about the last answer's.)
    const restNamed = decision.kind === 'clarify' && !audience && decision.score >= NEW_QUESTION_SCORE ? restDecision() : undefined;
    const named =
      decision.kind === 'clarify' && restNamed?.kind === 'answer' && restNamed.topic !== entry.topic && !NOT_A_SERVICE.has(restNamed.topic) && restNamed.score >= REST_NAMES_A_TOPIC
        ? decision.candidates.find((c) => c.topic === restNamed.topic)
        : undefined;
    if (named) {
      out.answer(named.entry, { question: text, score: named.score, candidates: decision.candidates });
      return true;
    }
    // A public named by a word without an age ("mes enfants", "the kids") may be any age of its group's neighbours:
    // the service the words name is theirs unless an age said in numbers (or a gender) rules it out.
    if (forThem && (this.audiences.isFor(this.audiences.listed(forThem) ?? forThem.id, audience as Audience) || (forThem === wholeNames && !(audience as Audience).gender && !STATED_AGE.test(text)))) {
      const chosen = forThem === wholeNames ? decision : restDecision();
      out.answer(forThem, { question: text, score: chosen?.score ?? 0, candidates: chosen?.candidates ?? [] });
      return true;
    }
    // "mon petit vient d'avaler des pilules, je fais quoi": a public named in a story of its own is not a question
    // about who the last answer is for.
    if (audience && (kind === undefined || kind === 'audience') && !newQuestion && short(text, engine) && restWords <= MAX_AUDIENCE_REST_WORDS) {
      const preferred = (restDecision()?.candidates ?? []).filter((c) => c.score >= PREFERRED_SCORE).map((c) => c.topic);
      this.audienceSwitch(out, text, entry, audience, preferred, this.audiences.asksWhatThereIs(text), services, true);
      return true;
    }
    // "et pour mon ado de 14 ans c'est quand ?" after the nannies, "what about my dad, is it free?" after the club
    // Ados: a detail asked for a public the last answer is not for — who it is for comes first (the service of its
    // family that fits them, or where to go); for a public it fits, the detail itself (below).
    if (audience && kind && !newQuestion && short(text, engine) && this.notFor(entry, audience)) {
      const preferred = (restDecision()?.candidates ?? []).filter((c) => c.score >= PREFERRED_SCORE).map((c) => c.topic);
      this.audienceSwitch(out, text, entry, audience, preferred, false, services);
      return true;
    }
    if (kind && !newQuestion && short(text, engine)) {
      this.detail(out, entry, kind, services);
      return true;
    }
    return false;
  }

  /** The message, without its follow-up words, asks about a domain out of scope, as the whole message does. */
  private outOfScopeQuestion(text: string, decision: Decision, about: Entry, services: CoreServices): boolean {
    if (decision.kind !== 'fallback' || decision.outOfScope === undefined) return false;
    const { engine, words } = services;
    const tokens = engine.normalise(text).tokens;
    if (tokens.length < MIN_OUT_OF_SCOPE_WORDS) return false;
    // The domain's words are the resident's own, beside the follow-up's and the public's ("le passeport de ma fille").
    const rest = this.audiences.without(words.followUp(text) === undefined ? text : words.followUpRest(text));
    if (!engine.normalise(rest).tokens.some((t) => !t.weak)) return false;
    // "et on construira quoi à la place ?" after the demolition: town planning for the engine, but its best in-scope
    // thought is the last answer or one it links to (the public spaces) — the thread goes on.
    const top = decision.candidates[0];
    // "mon nom sera donné ?" after the conseil citoyen: identity papers for the engine, but it thinks of the conseil at
    // 0.5 or more too — still about it.
    const stillAbout =
      (top !== undefined && top.score >= STILL_ABOUT_SCORE && linkedTo(about, top.entry, engine)) ||
      decision.candidates.some((c) => c.score >= NEW_QUESTION_SCORE && linkedTo(about, c.entry, engine));
    if (stillAbout) return false;
    const restDecision = rest === text ? decision : engine.decide(rest);
    return restDecision.kind === 'fallback' && restDecision.outOfScope === decision.outOfScope;
  }

  /**
   * An "I don't know" whose words make a question of their own, beyond the follow-up's and the public's: a strong
   * word at least beside a town outside the quarter that the last answer never names ("un club de judo à Lens", "le
   * cinéma de Lens"), or at least three (two explained very clearly) that an out-of-scope domain explains better than any
   * service (a train's delay, the weather). "et à Lens ?", "on construira quoi à la place ?" stay with the thread.
   */
  private newQuestionBeyond(text: string, decision: Decision, about: Entry, services: CoreServices): boolean {
    if (decision.kind !== 'fallback') return false;
    const { engine, words } = services;
    const rest = this.audiences.without(words.followUp(text) === undefined ? text : words.followUpRest(text));
    const strong = engine.normalise(rest).tokens.filter((t) => !t.weak).length;
    if (strong < MIN_OWN_WORDS_ELSEWHERE) return false;
    const towns = this.elsewhereIn(text, engine);
    if (towns.length > 0) {
      const said = this.normaliser.foldForPatterns(`${about.title.fr} ${about.title.en} ${about.answer.fr} ${about.answer.en}`);
      if (towns.some((town) => !` ${said} `.includes(` ${town} `))) return true;
    }
    // "je dois faire quoi, aller voir le principal ?" after the bullying: the roads for the engine, but it thinks of the
    // bullying at 0.5 or more too — still about it.
    if (strong < MIN_OWN_WORDS_CLEAR_DOMAIN || decision.candidates.some((c) => c.score >= NEW_QUESTION_SCORE && linkedTo(about, c.entry, engine))) return false;
    const { scored } = engine.explain(text);
    const domain = scored.scores.find((s) => s.indexed.entry.topic === HORS_CHAMP);
    const service = scored.scores.find((s) => s.indexed.entry.topic !== HORS_CHAMP);
    if (domain === undefined || domain.coverage < (service?.coverage ?? 0) + OUT_OF_SCOPE_LEAD) return false;
    return strong >= MIN_OWN_WORDS_OUT_OF_SCOPE || domain.coverage >= OUT_OF_SCOPE_CLEAR;
  }

  /** The towns outside the quarter (lexicon `elsewhere`, folded) that the message names. */
  private elsewhereIn(text: string, engine: CoreServices['engine']): string[] {
    this.towns ??= engine.knowledge.lexicon.elsewhere.map((town) => this.normaliser.foldForPatterns(town)).filter(Boolean);
    const folded = ` ${this.normaliser.foldForPatterns(text)} `;
    return this.towns.filter((town) => folded.includes(` ${town} `));
  }

  private towns: string[] | undefined;

  /**
   * Right after the emergency numbers, what the resident adds ("jsais pas combien", "il respire encore", "what do I
   * do?") is still the emergency: the numbers again, and that the emergency services guide whoever calls. A new
   * question the engine answers (another service, thanks, goodbye) is answered as usual.
   */
  private stillUrgent(out: TurnWriter, entry: Entry, input: FollowUpInput, services: CoreServices): boolean {
    const { decision } = input;
    if (input.tapped || (decision.kind === 'answer' && decision.score >= NEW_QUESTION_SCORE)) return false;
    if (services.words.word(input.text) !== undefined || services.words.changesSubject(input.text)) return false;
    touch(out, services.clock);
    out.followUp(entry, { text: `${out.t('followup.stillUrgent')}\n\n${entry.answer[out.locale]}`, choices: [] });
    return true;
  }

  /** The families say the entry is not for this public (an entry no family lists may be for anyone). */
  private notFor(entry: Entry, audience: Audience): boolean {
    const listed = this.audiences.listed(entry);
    return listed !== undefined && this.audiences.fit(listed, audience)?.kind !== 'fits';
  }

  /** The answer about one detail of the last answer ("c'est où ?" → its place). */
  private detail(out: TurnWriter, entry: Entry, kind: FollowUpKind, services: CoreServices): void {
    const { clock } = services;
    touch(out, clock);
    let reply = services.detail(entry, kind, { locale: out.locale, now: clock(), channel: out.channel });
    // "c'est pour qui ?", "is it for me?" with no audience written in the entry: the publics its family lists.
    if (kind === 'audience' && reply.text.startsWith(out.t('details.unknown'))) {
      const listed = this.audiences.listed(entry);
      const publics = listed === undefined ? undefined : this.audiences.publicsOf(listed);
      const title = entry.title[out.locale];
      if (publics !== undefined) {
        const text = publics.length === 0 ? out.t('audience.everyone', { title }) : out.t('audience.publics', { title, publics: publics.map((id) => out.t(`audience.group.${id}`)).join(', ') });
        // The ages the families use are ours, not the service's: who knows them exactly comes next.
        const next = entry.next[out.locale] ? `\n${out.t('answer.next', { next: entry.next[out.locale] })}` : '';
        reply = { ...reply, text: `${text}${next}`, links: [] };
      }
    }
    // "Qui contacter ?": the contacts' lines are names and numbers; a sentence in the resident's language first.
    const known = !reply.text.startsWith(out.t('details.unknown')) && !reply.text.startsWith(out.t('answer.next', { next: '' }).trim());
    out.followUp(entry, kind === 'contact' && known ? { ...reply, text: `${out.t('details.askThem')}\n${reply.text}` } : reply);
  }

  /**
   * "ya quelles entreprises ?" right after the forum's answer: a short question the engine cannot place on its own
   * is about what was just said. The knowledge has no such detail: say so, and who can tell.
   */
  private shortQuestion(out: TurnWriter, entry: Entry, input: FollowUpInput, services: CoreServices): boolean {
    const { engine } = services;
    const { decision } = input;
    if (!isQuestion(input.text) || !short(input.text, engine)) return false;
    // "c'est animé par qui ?", "who leads the sessions?": a person asked for in a few words the engine is not sure of
    // (a hesitation, or another service under SURE_NEW_QUESTION that a verb found: "animé", "encadré") — whom to turn
    // to about the last answer.
    if (asksForPerson(engine.normaliser.foldForPatterns(input.text)) && fewWords(input.text, engine) && (decision.kind === 'clarify' || (decision.kind === 'answer' && decision.topic !== entry.topic && decision.score < SURE_NEW_QUESTION))) {
      this.detail(out, entry, 'contact', services);
      return true;
    }
    if (decision.kind === 'answer') {
      // "quelles entreprises seront là ?", "il y a des sorties ?" right after the forum's, the club's answer: the
      // engine finds that answer again; reading it again would not tell — say so, and who can tell. ("c'est quoi le
      // club Ados ?" asks to explain it: the answer again, `explain` words.)
      if (decision.entry.id !== entry.id || this.explains(input.text)) return false;
      this.notSaid(out, entry, input.text, services);
      return true;
    }
    if (decision.kind === 'clarify') {
      // "on peut donner notre avis ?" after the demolition: the engine hesitates between the conseil citoyen and the
      // public spaces' consultation; the one the last answer links to (its topic, its "see also") is meant.
      const linked = decision.candidates.find((c) => linkedTo(entry, c.entry, engine));
      // …unless it is the very answer just given ("which companies will be there?" after the forum): see above.
      if (linked?.entry.id === entry.id && !this.explains(input.text)) {
        this.notSaid(out, entry, input.text, services);
        return true;
      }
      if (linked) {
        out.answer(linked.entry, { question: input.text, score: linked.score, candidates: decision.candidates });
        return true;
      }
    }
    // "qui l'a signé ?" after the quarter's answer, which links to the contrat de ville: the engine finds the
    // signatories clearly but will not answer so few words on their own (nor a "signe" it also reads as a zodiac
    // sign, out of scope); the link the last answer gives settles it — for a question about a person, when the
    // engine thought of a domain it does not cover.
    const top = decision.kind === 'fallback' && (decision.outOfScope === undefined || asksWho(input.text)) ? decision.candidates[0] : undefined;
    if (top && top.score >= LINKED_FALLBACK_SCORE && top.entry.id !== entry.id && top.topic !== entry.topic && linkedTo(entry, top.entry, engine)) {
      out.answer(top.entry, { question: input.text, score: top.score, candidates: decision.candidates });
      return true;
    }
    // "c'est qui le responsable ?", "who's in charge there?": asking for a person is asking whom to turn to.
    if (asksWho(input.text)) {
      this.detail(out, entry, 'contact', services);
      return true;
    }
    this.unknownDetail(out, entry, services);
    return true;
  }

  /** Something the answer does not say: its contacts for a question about a person ("who runs it?"), else not known. */
  private notSaid(out: TurnWriter, entry: Entry, text: string, services: CoreServices): void {
    if (asksWho(text)) this.detail(out, entry, 'contact', services);
    else this.unknownDetail(out, entry, services);
  }

  /** "Je n'ai pas cette information." and who can tell: the entry's contacts. */
  private unknownDetail(out: TurnWriter, entry: Entry, services: CoreServices): void {
    const { clock } = services;
    touch(out, clock);
    const t = out.t;
    const contact = services.detail(entry, 'contact', { locale: out.locale, now: clock(), channel: out.channel });
    const text = contact.text.startsWith(t('details.unknown')) ? contact.text : `${t('details.unknown')}\n${contact.text}`;
    out.followUp(entry, { ...contact, text });
  }

  /** A public coming along: yes when the families say the service is for them too, else not known, and who can tell. */
  private companion(out: TurnWriter, entry: Entry, along: Audience, services: CoreServices): void {
    const listed = this.audiences.listed(entry);
    if (listed !== undefined && this.audiences.fit(listed, along)?.kind === 'fits') {
      touch(out, services.clock);
      out.followUp(entry, { text: out.t('audience.fits', { title: entry.title[out.locale] }), choices: [] });
      return;
    }
    this.unknownDetail(out, entry, services);
  }

  /** "Et pour ma mère de 75 ans ?": this service if it fits, else the one of its family that does, else where to go. */
  private audienceSwitch(out: TurnWriter, message: string, entry: Entry, audience: Audience, preferred: readonly string[], whatThereIs: boolean, services: CoreServices, askedFor = false): void {
    const { engine, clock } = services;
    const listed = this.audiences.listed(entry);
    const fit = listed === undefined ? undefined : this.audiences.fit(listed, audience, preferred);
    const t = out.t;
    const title = entry.title[out.locale];
    // "ma fille a 11 ans elle peut venir ?" after the club Ados: one year off the ages we give it — who it is for, that
    // its exact ages are not written, and who can tell; never "not for this public" on our own reckoning.
    if (fit && fit.kind !== 'fits' && listed !== undefined && this.audiences.nearEdge(listed, message, audience)) {
      touch(out, clock);
      const publics = this.audiences.publicsOf(listed) ?? [];
      const next = entry.next[out.locale] ? `\n${t('answer.next', { next: entry.next[out.locale] })}` : '';
      out.followUp(entry, { text: `${t('audience.edge', { title, publics: publics.map((id) => t(`audience.group.${id}`)).join(', ') })}${next}`, choices: [] });
      return;
    }
    // "et pour mon grand de 15 ans ?", "what about my 15 year old?" after a service no family lists (the parents' support,
    // the screens): not whether that service is for him — what is made for his age (the club Ados for a teenager).
    // Only for a question that asks what there is for them ("ya quoi", "une activité") or whose own words point to that
    // service too ("qui tourne en rond"): "et pour ma mère de 70 ans ?" after the transport (for everyone), "et pour mon
    // fils de 15 ans qui vapote ?" after the addictions stay with the last answer.
    const forAge = !fit && askedFor && isQuestion(message) && !ASKS_LEAVE.test(` ${engine.normaliser.foldForPatterns(message)} `) ? this.audiences.madeForAge(audience, preferred) : undefined;
    const madeForAge = forAge ? engine.entry(forAge) : undefined;
    if (madeForAge && madeForAge.id !== entry.id && (whatThereIs || preferred.includes(madeForAge.topic))) {
      out.answer(madeForAge, { question: out.memory.last?.question ?? '', score: 1, candidates: [{ entry: madeForAge, topic: madeForAge.topic, score: 1 }], intro: t('audience.madeFor') });
      return;
    }
    if (!fit) {
      touch(out, clock);
      out.followUp(entry, services.detail(entry, 'audience', { locale: out.locale, now: clock(), channel: out.channel }));
      return;
    }
    // "ya quoi pour les 12 ans ?" after the bullying answer: what is made for them (the club Ados), rather than "yes,
    // this is for them too".
    const madeFor = fit.kind === 'fits' && whatThereIs && listed !== undefined ? this.audiences.madeFor(audience, listed, preferred) : undefined;
    const forThem = madeFor ? engine.entry(madeFor) : undefined;
    if (forThem) {
      out.answer(forThem, { question: out.memory.last?.question ?? '', score: 1, candidates: [{ entry: forThem, topic: forThem.topic, score: 1 }], intro: t('audience.madeFor') });
      return;
    }
    if (fit.kind === 'fits') {
      touch(out, clock);
      out.followUp(entry, { text: t('audience.fits', { title }), choices: [] });
      return;
    }
    if (fit.kind === 'other') {
      const other = engine.entry(fit.entryId);
      if (other) {
        out.answer(other, { question: out.memory.last?.question ?? '', score: 1, candidates: [{ entry: other, topic: other.topic, score: 1 }], intro: t('audience.other', { title }) });
        return;
      }
    }
    const elsewhere = (fit.kind === 'none' ? fit.elsewhere : []).map((id) => engine.entry(id)).filter((e): e is Entry => e !== undefined).slice(0, 3);
    touch(out, clock);
    const choices = elsewhere.map((e) => ({ label: e.title[out.locale], value: e.title[out.locale] }));
    const text = `${t('audience.notFor', { title })} ${t(choices.length > 0 ? 'audience.elsewhere' : 'followup.askMairie')}`;
    out.followUp(entry, { text, choices: [...choices, { label: t('answer.otherQuestion'), value: t('answer.otherQuestion') }] });
  }
}

/**
 * "quand même", "qd même", "tout de même" ("all the same"): idioms whose "quand" asks no "when" — taken out before
 * thanks are read for a follow-up ("merci quand même" is thanks; "merci, c'est quand ?" is a question).
 */
const IDIOMS = /(?:^|[^\p{L}])(?:quand|qd|kan|kand)\s+m[eê]me(?![\p{L}])/giu;

function withoutIdioms(text: string): string {
  return text.replace(IDIOMS, ' ');
}

/** Words of kindness that thank on their own after an answer ("kind", "appreciated", "sympa", "aimable"). */
const KINDNESS = new Set(['kind', 'kindly', 'appreciated', 'appreciate', 'helpful', 'lovely', 'brilliant', 'cheers', 'thanks', 'thank', 'thx', 'thnx', 'ty', 'gentil', 'gentille', 'sympa', 'aimable', 'merci', 'mercii', 'parfait', 'perfect', 'genial', 'great', 'super', 'top', 'nickel', 'excellent', 'awesome', 'fantastic', 'wonderful', 'cool', 'adorable', 'formidable', 'star']);
/** Words that may stand beside them ("that's really kind of you", "c'est vraiment très gentil de votre part"). */
const KINDNESS_AROUND = new Set(['that', 'thats', 's', 'is', 'was', 'it', 'its', 'this', 'so', 'very', 'really', 'too', 'much', 'of', 'you', 'u', 'ya', 'your', 've', 'youve', 're', 'been', 'have', 'are', 'a', 'lot', 'for', 'the', 'help', 'info', 'answer', 'oh', 'ah', 'ok', 'okay', 'alright', 'right', 'well', 'and', 'just', 'indeed', 'noted', 'mate', 'again', 'most', 'truly', 'c', 'est', 'ca', 'cela', 'c est', 'vous', 'etes', 'tu', 't', 'es', 'tres', 'trop', 'vraiment', 'bien', 'beaucoup', 'bcp', 'de', 'votre', 'ta', 'ton', 'part', 'pour', 'l', 'la', 'le', 'les', 'aide', 'info', 'infos', 'information', 'reponse', 'et', 'ah', 'oh', 'bon', 'ben', 'd', 'accord', 'daccord', 'note', 'madame', 'monsieur', 'encore', 'hein', 'tout', 'un', 'une']);

/** The assistant's own help ("what can you do?"). */
const HELP_TOPIC = 'aide';
/** Words that speak to the assistant: "tu peux m'aider ?", "vous faites quoi ?", "can you help?", "le bot". */
const ADDRESSES_ASSISTANT = / (?:tu|t|toi|te|vous|you|u|bot|robot|assistant|chatbot) /;

/** "les ados peuvent y être membres ?", "can my son join?": asking whether they may — whether the last service is for them. */
const ASKS_LEAVE = / (?:peut|peuvent|peux|pourrait|pourraient|pourrais|can|could|may|allowed) /;

/** The conversation goes on about this answer: the window starts again. */
function touch(out: TurnWriter, clock: () => Date): void {
  const last = out.memory.last;
  if (last) last.at = clock().toISOString();
}

/** "ya quelles entreprises ?", "c'est qui ?", "à qui je m'adresse": a question mark, or a question word first. */
export function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || /^(?:(?:a|à) qui|qui|quoi|quel|quelle|quels|quelles|combien|comment|pourquoi|o[uù]|quand|who|what|which|how|why|where|when)\b/i.test(text.trim()) || QUESTION_WORD_AFTER.test(text);
}

/** "on mettra quoi à la place", "il passe quand", "ça coûte combien": a French question word after the verb, no "?". */
const QUESTION_WORD_AFTER = /(?:^|[^\p{L}])(?:quoi|quand|combien)(?![\p{L}])/iu;

/**
 * "c'est à la mairie ?", "c bien au pôle culturel ?", "ça se passe dans le quartier ?", "faut aller à Béthune ?",
 * "is it at the town hall?": a yes/no guess at a place, as the folded message opens — a few words after the
 * preposition, no question word nor clause of their own ("c'est à qui ?", "c'est à la mairie qu'on fait…" are not).
 */
const PLACE_GUESS =
  /^(?:(?:et|mais|donc|alors|so|and) )?(?:c est|ca se passe|ca se fait|ca a lieu|ca se trouve|il faut aller|faut aller|faut y aller|il faut y aller|on va|on doit aller|je dois aller|on y va|is it|is that|is this|it is|does it take place|is it held|do i go|do we go|do i have to go)(?: (?:bien|aussi|toujours|encore|still|also|really))? (?:a|au|aux|chez|dans|en|pres de|pres du|a cote de|at|in|near|inside|to)( .+)?$/;
const PLACE_GUESS_NOT = /\b(?:qui|quoi|que|qu|quel|quelle|quels|quelles|combien|quand|comment|pourquoi|who|what|when|which|how|why)\b/;
const PLACE_GUESS_MAX_WORDS = 5;

function guessesPlace(folded: string): boolean {
  const m = PLACE_GUESS.exec(folded);
  if (!m) return false;
  const tail = (m[1] ?? '').trim();
  return !PLACE_GUESS_NOT.test(tail) && tail.split(' ').filter(Boolean).length <= PLACE_GUESS_MAX_WORDS;
}

/** The question asks for a person: "qui", "à qui", "who". */
function asksWho(text: string): boolean {
  return /(?:^|[^\p{L}])(?:qui|who|whom)(?![\p{L}])/iu.test(text);
}

/**
 * The folded question asks for a person as such: "qui fait les ateliers", "c est anime par qui", "c est qui les
 * animateurs", "who leads the sessions" — not a "who" inside a clause ("will they know it was me who wrote this").
 */
function asksForPerson(folded: string): boolean {
  return /^(?:(?:et|mais|alors|donc|so|and|but) )?(?:qui|who|whom)\b/.test(folded) || /\b(?:par|a|avec|aupres de|c est|by|with) qui$/.test(folded) || /\bc est qui\b/.test(folded);
}

/**
 * The answer links to that entry: the same topic, or its "see also" — an entry itself, or a topic through its main
 * entry (a link to "contrat-de-ville" designates its signatories too). A link to one detail of a topic (the
 * cyberbullying answer's "screens" page of the addictions) designates that detail only, not the whole topic:
 * "et moi comment je lui en parle ?" after it is not about the addictions.
 */
function linkedTo(entry: Entry, candidate: Entry, engine: CoreServices['engine']): boolean {
  if (candidate.topic === entry.topic) return true;
  return entry.related.some((id) => id === candidate.id || (id === candidate.topic && engine.entry(id)?.topic === candidate.topic));
}

/** At most a few words of its own ("combien de gens vivent là ?"): a question that may lean on the last one. */
function fewWords(text: string, engine: CoreServices['engine']): boolean {
  return engine.normalise(text).tokens.length <= MAX_OTHER_WORDS;
}

/** Few words beyond the follow-up's own: "ils se réunissent où ?" yes, a whole new story no. */
function short(text: string, engine: CoreServices['engine']): boolean {
  return engine.normalise(text).tokens.length <= MAX_OTHER_WORDS + 2;
}

export type { FollowUpKind };
