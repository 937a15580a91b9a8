/**
 * "je veux faire une remarque", "une suggestion", "make a complaint": a message made only of the words of
 * knowledge/conversation.yaml's `remarqueIntent` is a wish to leave a remarque, whichever entry of the remarque
 * topic the engine found closest (often "what happens to my remarque?", whose phrasings share those words).
 * "Qui lit les remarques ?" has a word of its own ("lit"): it is a question, answered as such.
 */
import type { Decision } from '../src/engine/decide.js';
import type { Engine } from '../src/engine/engine.js';
import { REMARQUE_ENTRY } from './known-entries.js';

/** Words that may come before a report without changing it: "ok alors je veux dire que…" ("non" may correct). */
const LEAD = '(?:(?:ok|okay|alors|bon|et|mais|euh|bah|ben|bonjour|oui|so|well|hi|hello|est ce que|est ce qu) )*';
const WISH = '(?:veux|voudrais|voulais|souhaite|souhaiterais|aimerais|veut|voudrait|want to|would like to|d like to)';
/** "je peux leur dire que…", "on pourrait vous signaler que…": asking whether one may tell them is telling them. */
const MAY = '(?:peux|peut|pourrais|pourrait|pouvons|pourrions|pouvez)';
/** Whom it is told to: "leur", "vous" ("on peut dire que…", without them, is no report). */
const TO_THEM = '(?:leur|lui|vous)';
/**
 * A report's opening words: "(je voudrais) signaler que", "me plaindre de", "faire remonter que", "(I want to) report
 * that"; and a wish to say something: "je voudrais dire que", "I'd like to say that" (never "dire" without the wish:
 * "on peut dire que…" is not a report); or asking whether one may tell them: "je peux leur dire que", "on pourrait
 * vous signaler que", "can I tell them that", "could we report that" ("dire" only with whom it is told to).
 */
const REPORT_OPENING = new RegExp(
  `^${LEAD}(?:(?:je|j|on|i|we) )?(?:(?:${WISH} )?(?:vous |juste )?(?:signaler|signale|me plaindre|nous plaindre|faire remarquer|faire remonter|remonter|faire savoir|report|complain)(?: (?:que|qu|qu il|qu elle|de|du|des|d|un|une|le|la|les|l|that|about|a|an|the))?|${WISH} (?:vous |juste |just )?(?:dire|vous dire|say|tell you) (?:que|qu|that)|${MAY} (?:${TO_THEM} )?(?:signaler|faire remonter|faire savoir)(?: (?:que|qu|de|du|des|d|un|une|le|la|les|l))?|${MAY} ${TO_THEM} (?:dire|ecrire) (?:que|qu)|(?:can|could|may) (?:i|we) (?:tell|let) (?:them|you)(?: know)? (?:that|about)|(?:can|could|may) (?:i|we) report(?: (?:that|about|a|an|the))?) `,
);
/** What is reported: at least this many words of its own ("la porte du hall ne ferme plus": porte, hall, ferme). */
const MIN_REPORTED_WORDS = 2;

/**
 * "une remarque sur…", "une remarque à faire pour le quartier", "a complaint about…" (never "comment on", French for
 * "how do we"): a wish and its subject.
 */
const REMARQUE_ABOUT =
  /\b(?:(?:remarques?|suggestions?|reclamations?|plaintes?|signalements?) (?:a (?:vous )?(?:faire|donner|transmettre|passer|laisser) )?(?:sur|a propos|concernant|au sujet)|(?:remarques?|suggestions?) (?:a (?:vous )?(?:faire|donner|transmettre|passer|laisser) )?pour|(?:comments?|complaints?|suggestions?) (?:to (?:make|leave|pass on) )?(?:about|regarding|for))\b/;
/** The subject of such a wish is a word or two ("le quartier", "the lifts"); more is the remarque itself. */
const MAX_SUBJECT_WORDS = 2;

export class RemarqueIntent {
  private readonly intentWords: Set<string>;
  private readonly remarqueTopic: string | undefined;
  /** The words of "conseil citoyen": whom remarques go to. */
  private readonly addresseeWords: Set<string>;

  constructor(private readonly engine: Engine) {
    const fold = (s: string) => engine.normaliser.foldForPatterns(s);
    this.intentWords = new Set(engine.knowledge.conversation.remarqueIntent.flatMap((p) => fold(p).split(' ')));
    this.remarqueTopic = engine.entry(REMARQUE_ENTRY)?.topic;
    this.addresseeWords = new Set(engine.normalise('conseil citoyen').tokens.map((t) => t.word));
  }

  /**
   * "je voudrais signaler que la porte du hall ne ferme plus", "I want to report that the lift is broken": a report
   * that opens with its verb and goes on with what is reported — the remarque itself, whatever the engine makes of
   * the rest (it cannot place a broken door; the caller asks it first whether the message is a question it answers).
   */
  opensWithReport(message: string): boolean {
    const folded = this.engine.normaliser.foldForPatterns(message);
    const opening = REPORT_OPENING.exec(folded);
    if (!opening) return false;
    return this.engine.normalise(folded.slice(opening[0].length)).tokens.length >= MIN_REPORTED_WORDS;
  }

  /** True when the message asks to leave a remarque without carrying one, and the engine agrees on the topic. */
  isRequest(message: string, decision: Decision): boolean {
    const tokens = this.engine.normalise(message).tokens;
    const others = tokens.filter((t) => !this.intentWords.has(t.word)).length;
    // "je veux faire une remarque sur le quartier": a wish with its subject (a word or two), the text still to come.
    const withSubject = others <= MAX_SUBJECT_WORDS && REMARQUE_ABOUT.test(this.engine.normaliser.foldForPatterns(message));
    if (tokens.length === 0 || (others > 0 && !withSubject)) return false;
    // "le conseil citoyen c'est qui ?" names whom a remarque goes to, not the wish to write one.
    if (tokens.every((t) => this.addresseeWords.has(t.word))) return false;
    return decision.candidates.some((c) => c.topic === this.remarqueTopic);
  }
}
