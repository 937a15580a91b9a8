/**
 * Do answers help? (issue 10, "Done when"). Over the answers about a service, two shares:
 *  - actionable: the reply carries a phone number, an official web address, a street address or a real date that
 *    BELONGS to that answer — its entry's details or texts, one of its contacts, its next (real) agenda action. A
 *    line added to every reply (the safety line, a footer) does not count: only what the entry itself points to.
 *  - unpublished: the reply says a detail is not published / to be confirmed / a sample.
 * Targets on held-out sets: actionable ≥ 90 %, unpublished ≤ 5 %.
 */
import { phoneNumbersIn } from '../channels/phone-links.js';
import type { Core } from '../core.js';
import type { Entry } from '../knowledge/schema.js';
import { firstMessageText } from '../replies/compose.js';
import { contactsOf, detailContext, formatWhen } from '../replies/details.js';
import { toLocale } from '../replies/i18n.js';
import type { EvalLine } from './metrics.js';

/** Answers about the assistant itself or small talk are not answers about a service. */
const NOT_SERVICES = new Set(['salutation', 'aide', 'confidentialite', 'remarque']);

/** What a resident must never read: a detail said to be missing, unconfirmed or an example. */
export const UNPUBLISHED =
  /pas (encore )?(publi|connu|précis|donn|annonc)[ée]*s? ici|n'est pas (encore )?publi|à confirmer|à demander à la mairie|\(exemple\)|exemple :|not (yet )?(published|known|specified|given) here|to be confirmed|to be asked at|\(example\)|example:|sample/iu;

const STREET = /\d+\s*(bis|ter)?\s*,?\s*(rue|avenue|av\.|boulevard|bd|place|chemin|route|allée|impasse|square|quai|cours|résidence)\b/iu;

export interface UsefulnessReport {
  /** Service answers measured. */
  answers: number;
  actionable: number;
  unpublished: number;
  actionableShare: number;
  unpublishedShare: number;
  /** Service answers with nothing to act on, by entry id (what staff should fill in first). */
  emptyByEntry: Record<string, number>;
}

/** The phone numbers, web and e-mail addresses, street addresses and dates that belong to an entry's answer. */
export function ownFacts(entry: Entry, core: Core, locale: 'fr' | 'en', now: Date): string[] {
  const ctx = detailContext(entry, { locale, now, agenda: core.agenda, fiches: core.fiches });
  const live = core.fiches.entry(entry.id) ?? entry;
  const facts: string[] = [];
  const d = ctx.details;
  for (const value of [d.phone, d.email, d.website]) if (value) facts.push(value);
  for (const field of ['place', 'when'] as const) {
    const text = d[field];
    if (text && STREET.test(text.fr)) facts.push((locale === 'en' ? text.en : undefined) ?? text.fr);
  }
  for (const text of [live.answer[locale], live.next[locale]]) {
    facts.push(...phoneNumbersIn(text));
    facts.push(...(text.match(/https:\/\/[^\s)]+[^\s).,;:!?]/g) ?? []));
  }
  for (const contact of contactsOf(ctx)) {
    for (const value of [contact.phone, contact.website, contact.email, contact.address]) if (value) facts.push(value);
  }
  if (ctx.next) facts.push(formatWhen(ctx.next, locale));
  return facts;
}

export function measureUsefulness(core: Core, lines: readonly EvalLine[], now = new Date()): UsefulnessReport {
  let answers = 0;
  let actionable = 0;
  let unpublished = 0;
  const emptyByEntry: Record<string, number> = {};
  for (const line of lines) {
    const decision = core.engine.decide(line.q);
    if (decision.kind !== 'answer' || NOT_SERVICES.has(decision.topic) || !core.engine.entry(decision.entry.id)) continue;
    const locale = toLocale(line.locale);
    const text = firstMessageText(decision, { locale, now, agenda: core.agenda, fiches: core.fiches });
    // The safety line is added to any reply with words of danger: it is not this answer's own.
    const own = decision.risk ? text.replace(/\n\n[^\n]*$/u, '') : text;
    answers++;
    if (ownFacts(decision.entry, core, locale, now).some((fact) => own.includes(fact))) actionable++;
    else emptyByEntry[decision.entry.id] = (emptyByEntry[decision.entry.id] ?? 0) + 1;
    if (UNPUBLISHED.test(text)) unpublished++;
  }
  return {
    answers,
    actionable,
    unpublished,
    actionableShare: answers ? actionable / answers : 1,
    unpublishedShare: answers ? unpublished / answers : 0,
    emptyByEntry,
  };
}
