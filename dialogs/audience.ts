/**
 * "Et pour mon fils de 2 ans ?", "c'est pour les hommes aussi ?", "what about my 12-year-old?": who the resident
 * asks for, and which service of the same family (knowledge/conversation.yaml, `families`) fits that public.
 * Pure: words and ages in, publics and entries out.
 */
import type { Normaliser } from '../src/engine/normalise.js';
import type { AudienceGroup, ConversationFile } from '../src/knowledge/schema.js';

/** The publics a message names: at most one age group and one gender ("ma mère de 75 ans" → senior, women). */
export interface Audience {
  age?: string;
  gender?: string;
}

/** What the families say about an entry and a public. */
export type Fit = { kind: 'fits' } | { kind: 'other'; entryId: string } | { kind: 'none'; elsewhere: string[] };

/** How far off an entry's age groups an age said in numbers is still at their edge (`nearEdge`). */
const EDGE_YEARS = 1;

/** An age pattern and the years its number means. */
interface AgePattern {
  pattern: RegExp;
  years: (n: number) => number;
}

/**
 * Ages as residents say them, each with the years it means: "2 ans", "de 75 ans", "12-year-old", "12 year old",
 * "aged 12", "12 yo", "12ans"; "18 mois" / "18 months" (under a year old: 0); "he is 12", "il a 12", "qui a 12".
 * Then a person and their age without "ans" ("my mum is 80", "mon fils de 12"), made of the words of
 * knowledge/conversation.yaml (`agedPeople`). Matched on the folded message (lowercase, no accents, hyphens as spaces).
 */
const AGES: readonly AgePattern[] = [
  { pattern: /\b(\d{1,3}) ?(?:ans?|years?|yrs?|yo)(?: old)?\b/, years: (n) => n },
  { pattern: /\b(\d{1,2}) ?(?:mois|months?)\b/, years: (n) => Math.floor(n / 12) },
  { pattern: /\baged? (\d{1,3})\b/, years: (n) => n },
  { pattern: /\b(?:he|she|who|they|il|elle|qui) (?:is|s|are|a|ont) (\d{1,3})\b/, years: (n) => n },
];

/** Words as a regular expression alternative, longest first ("grand mere" before "mere"). */
function alternatives(words: readonly string[]): string {
  return [...new Set(words)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** "my mum is 80", "ma mère a 78", "mon père, 82", "mon fils de 12": a person of `agedPeople` and their age. */
function agedPeoplePattern(people: ConversationFile['agedPeople'], fold: (s: string) => string): AgePattern | undefined {
  const who = alternatives(people.who.map(fold));
  if (!who) return undefined;
  const between = alternatives(people.between.map(fold));
  const notAfter = alternatives(people.notAfter.map(fold));
  const source = `\\b(?:${who})${between ? `(?: (?:${between}))?` : ''} (\\d{1,3})\\b${notAfter ? `(?! (?:${notAfter})\\b)` : ''}`;
  return { pattern: new RegExp(source), years: (n) => n };
}

export class Audiences {
  private readonly groups: { group: AudienceGroup; words: string[] }[];
  private readonly families: ConversationFile['families'];

  constructor(
    file: ConversationFile,
    private readonly normaliser: Normaliser,
  ) {
    const fold = (s: string) => normaliser.foldForPatterns(s).replace(/-/g, ' ');
    const aged = agedPeoplePattern(file.agedPeople, fold);
    this.ages = aged ? [...AGES, aged] : AGES;
    this.allAges = this.ages.map(({ pattern }) => new RegExp(pattern.source, 'g'));
    this.groups = file.audiences.map((group) => ({ group, words: [...group.words, ...group.services].map(fold).sort((a, b) => b.length - a.length) }));
    this.services = new Set(file.audiences.flatMap((group) => group.services.map(fold)));
    this.families = file.families;
    this.whatFor = file.whatFor.map(fold).filter(Boolean);
    this.companions = file.companions.map(fold).filter(Boolean);
    this.joinIt = file.joinIt.map(fold).filter(Boolean);
    this.groups.forEach(({ words }, index) => {
      for (const word of words) {
        this.groupsOf.set(word, [...(this.groupsOf.get(word) ?? []), index]);
      }
    });
    // The same words as a tree (`longestNamed`): a node's groups are those of the words that end there.
    for (const [word, indexes] of this.groupsOf) {
      let level = this.wordTree;
      let node: GroupNode | undefined;
      for (const part of word.split(' ')) {
        node = level.get(part);
        if (node === undefined) level.set(part, (node = { groups: [] }));
        level = node.next ??= new Map();
      }
      if (node) node.groups = indexes;
    }
    this.publicWords = this.groups.flatMap(({ words }) => words.filter((w) => !this.services.has(w)).map((w) => ` ${w} `));
  }

  /** The words that name a public but no service, in the groups' order, padded (" mere "): what `without` takes out. */
  private readonly publicWords: readonly string[];

  private readonly whatFor: string[];
  private readonly companions: string[];
  private readonly joinIt: string[];
  /** Words that name a service for a public ("creche"): a public only beside a person or an age. */
  private readonly services: Set<string>;
  /** The ages a message may state, in the order they are tried; the same patterns, to take every age out (`without`). */
  private readonly ages: readonly AgePattern[];
  private readonly allAges: readonly RegExp[];

  /** The age in years a folded message states, if any. */
  private ageIn(folded: string): number | undefined {
    for (const { pattern, years } of this.ages) {
      const m = pattern.exec(folded);
      if (m) return years(Number(m[1]));
    }
    return undefined;
  }

  /** "ya quoi pour les 12 ans ?", "anything for teenagers?": the message asks what there is for a public. */
  asksWhatThereIs(message: string): boolean {
    const folded = ` ${this.normaliser.foldForPatterns(message).replace(/-/g, ' ')} `;
    return this.whatFor.some((phrase) => folded.includes(` ${phrase} `));
  }

  /**
   * "je peux venir avec mon bébé ?", "can I bring my kids along?": a public named after a `companions` word comes
   * along (`along`); a public named before it is whom the message asks about (`subject`: "mon fils peut venir avec
   * moi ?"). Undefined when no public follows such a word.
   */
  comingAlong(message: string): { along: Audience; subject: Audience | undefined } | undefined {
    const folded = ` ${this.normaliser.foldForPatterns(message).replace(/-/g, ' ')} `;
    let at = -1;
    let length = 0;
    for (const phrase of this.companions) {
      const index = folded.indexOf(` ${phrase} `);
      if (index >= 0 && (at < 0 || index < at)) [at, length] = [index, phrase.length + 1];
    }
    if (at < 0) return undefined;
    const along = this.named(folded.slice(at + length));
    return along ? { along, subject: this.named(folded.slice(0, at + 1)) } : undefined;
  }

  /** "les ados peuvent en faire partie ?", "can teenagers join it?": words that point back to the last answer (`joinIt`). */
  joinsIt(message: string): boolean {
    const folded = ` ${this.normaliser.foldForPatterns(message).replace(/-/g, ' ')} `;
    return this.joinIt.some((phrase) => folded.includes(` ${phrase} `));
  }

  /**
   * The service made most closely for this public ("club-ados" for a teenager), if it is made more closely for them
   * than `entryId` is (fewer publics listed); the resident's words (`preferred`) break ties.
   */
  madeFor(audience: Audience, entryId: string, preferred: readonly string[] = []): string | undefined {
    const own = Math.min(...this.families.filter((f) => entryId in f.entries).map((f) => (f.entries[entryId] ?? []).length));
    const fitting = this.families.flatMap((f) => Object.entries(f.entries).filter(([id, ids]) => id !== entryId && ids.length < own && this.fits(ids, audience) && this.namesAge(ids, audience)));
    return this.ranked([...new Map(fitting).entries()], preferred)[0]?.[0];
  }

  /**
   * The service made most closely for this public's age across every family (the club Ados for a teenager, the aînés'
   * meetings for a senior): fewest publics listed, then the resident's words. Undefined without an age.
   */
  madeForAge(audience: Audience, preferred: readonly string[] = []): string | undefined {
    if (audience.age === undefined) return undefined;
    const fitting = this.families.flatMap((f) => Object.entries(f.entries).filter(([, ids]) => ids.includes(audience.age as string) && this.fits(ids, audience)));
    return this.ranked([...new Map(fitting).entries()], preferred)[0]?.[0];
  }

  /** The entry's publics name this public's age group (a service for everyone is not made for them). */
  private namesAge(ids: string[], audience: Audience): boolean {
    return audience.age === undefined || ids.includes(audience.age);
  }

  /** Each public's word → the groups that list it; the message's runs of words are looked up in it (`named`). */
  private readonly groupsOf = new Map<string, number[]>();
  private readonly wordTree = new Map<string, GroupNode>();

  /** The publics the message names, if any. */
  named(message: string): Audience | undefined {
    const folded = ` ${this.normaliser.foldForPatterns(message).replace(/-/g, ' ')} `;
    const found: Audience = {};
    const years = this.ageIn(folded);
    if (years !== undefined) {
      const group = this.groups.find(({ group }) => group.kind === 'age' && group.ages && years >= group.ages[0] && years <= group.ages[1]);
      if (group) found.age = group.group.id;
    }
    // The longest word wins within a dimension ("grand mere" is a senior, "mere" a woman); an age said in years
    // wins over age words ("mon petit de 14 ans" is a teenager).
    const named = this.longestNamed(folded);
    // "et la crèche ?": a service named, not a public asked for (no person, no age beside it).
    if (!this.namesPeople(folded, years)) return undefined;
    const longest: Record<'age' | 'gender', number> = { age: 0, gender: 0 };
    this.groups.forEach(({ group }, index) => {
      const length = named[index]?.length ?? 0;
      if (length === 0 || length <= longest[group.kind]) return;
      if (group.kind === 'age' && years !== undefined) return;
      longest[group.kind] = length;
      found[group.kind] = group.id;
    });
    return found.age || found.gender ? found : undefined;
  }

  /** A person or an age, not only a service's name ("et la crèche ?"): ` ${folded} ` names a public. */
  private namesPeople(folded: string, years = this.ageIn(folded)): boolean {
    return years !== undefined || this.services.size === 0 || this.longestNamed(this.withoutServices(folded)).some((n) => n !== undefined);
  }

  /** ` ${folded} ` without the names of services ("creche"). */
  private withoutServices(folded: string): string {
    let rest = folded;
    for (const w of this.services) if (rest.includes(` ${w} `)) rest = rest.split(` ${w} `).join(' ');
    return rest;
  }

  /** Per group, its longest word found in ` ${folded} ` (none: undefined), by the message's runs of words. */
  private longestNamed(folded: string): ({ word: string; length: number } | undefined)[] {
    const named = new Array<{ word: string; length: number } | undefined>(this.groups.length).fill(undefined);
    const words = folded.split(' ');
    // Each run of words walked down the tree of the groups' words (no joined run built unless it is one of them).
    for (let start = 0; start < words.length; start++) {
      let node = this.wordTree.get(words[start] as string);
      let length = (words[start] as string).length;
      for (let end = start; node !== undefined; ) {
        for (const index of node.groups) if (length > (named[index]?.length ?? 0)) named[index] = { word: words.slice(start, end + 1).join(' '), length };
        if (++end >= words.length) break;
        length += 1 + (words[end] as string).length;
        node = node.next?.get(words[end] as string);
      }
    }
    return named;
  }

  /** The message without the words that name a public, nor ages ("can my husband come too" → "can my come too"). */
  without(text: string): string {
    let rest = ` ${this.normaliser.foldForPatterns(text).replace(/-/g, ' ')} `;
    for (const pattern of this.allAges) rest = rest.replace(pattern, ' ');
    // A service's name ("creche", "nursery") stays: it may be what the message asks about ("et la crèche c'est où ?",
    // "any nursery for our 3-year-old?").
    for (const w of this.publicWords) if (rest.includes(w)) rest = rest.split(w).join(' ');
    return rest.replace(/\s+/g, ' ').trim();
  }

  /**
   * The entry the families list for this one: itself, else the entry named after its topic ("aide-devoirs-parents"
   * is answered for the family as "aide-devoirs"): a detail page of a service is for the service's publics.
   */
  listed(entry: { id: string; topic: string }): string | undefined {
    const isListed = (id: string) => this.families.some((f) => id in f.entries);
    return isListed(entry.id) ? entry.id : isListed(entry.topic) ? entry.topic : undefined;
  }

  private split(ids: string[]): { age: Set<string>; gender: Set<string> } {
    const kind = (id: string) => this.groups.find((g) => g.group.id === id)?.group.kind;
    return { age: new Set(ids.filter((id) => kind(id) === 'age')), gender: new Set(ids.filter((id) => kind(id) === 'gender')) };
  }

  private fits(ids: string[], audience: Audience): boolean {
    const publics = this.split(ids);
    const ok = (set: Set<string>, value: string | undefined) => value === undefined || set.size === 0 || set.has(value);
    return ok(publics.age, audience.age) && ok(publics.gender, audience.gender);
  }

  /**
   * The publics the families list for an entry (as `listed` names it), in the order of the groups; undefined when no
   * family lists it, an empty list when it is for every age group and gender.
   */
  publicsOf(entryId: string): string[] | undefined {
    const lists = this.families.filter((f) => entryId in f.entries).map((f) => f.entries[entryId] ?? []);
    if (lists.length === 0) return undefined;
    const ids = new Set(lists.flat());
    const ages = this.groups.filter(({ group }) => group.kind === 'age').map(({ group }) => group.id);
    const all = ages.every((id) => ids.has(id)) && !this.groups.some(({ group }) => group.kind === 'gender' && ids.has(group.id));
    return all ? [] : this.groups.map(({ group }) => group.id).filter((id) => ids.has(id));
  }

  /**
   * "ma fille a 11 ans" after the club Ados (teenagers, 12–17 in our reckoning), "my daughter is 17" after the health bus
   * for women from 18: an age said in numbers one year off the age groups the families list for the entry (its gender
   * fitting). Those groups are our own reckoning, not the service's written ages: at their edge, nobody here can say
   * it is not for them.
   */
  nearEdge(entryId: string, message: string, audience: Audience): boolean {
    const years = this.ageIn(` ${this.normaliser.foldForPatterns(message).replace(/-/g, ' ')} `);
    if (years === undefined) return false;
    return this.families.some((f) => {
      const ids = f.entries[entryId];
      if (ids === undefined || !this.fits(ids, { ...(audience.gender ? { gender: audience.gender } : {}) })) return false;
      return this.groups.some(({ group }) => group.kind === 'age' && group.ages !== undefined && ids.includes(group.id) && (years === group.ages[0] - EDGE_YEARS || years === group.ages[1] + EDGE_YEARS));
    });
  }

  /** Whether a listed entry is for this public (true for an entry no family lists: nothing says it is not). */
  isFor(entryId: string, audience: Audience): boolean {
    const families = this.families.filter((f) => entryId in f.entries);
    return families.length === 0 || families.some((f) => this.fits(f.entries[entryId] ?? [], audience));
  }

  /**
   * Does the entry (as `listed` names it) fit this public; if not, which entry of its family does, or which
   * entries elsewhere do. `preferred`: topics in the order the resident's own words point to them ("après l'école"
   * → aide-devoirs); between entries as specific as each other, those come first.
   */
  fit(entryId: string, audience: Audience, preferred: readonly string[] = []): Fit | undefined {
    const families = this.families.filter((f) => entryId in f.entries);
    if (families.length === 0) return undefined;
    if (families.some((f) => this.fits(f.entries[entryId] ?? [], audience))) return { kind: 'fits' };
    for (const family of families) {
      const candidates = Object.entries(family.entries).filter(([id, ids]) => id !== entryId && this.fits(ids, audience));
      const other = this.ranked(candidates, preferred, family.entries[entryId] ?? [])[0]?.[0];
      if (other) return { kind: 'other', entryId: other };
    }
    const elsewhere = this.families.flatMap((f) => Object.entries(f.entries).filter(([id, ids]) => id !== entryId && this.fits(ids, audience) && ids.length <= 3));
    const unique = [...new Map(elsewhere).entries()];
    return { kind: 'none', elsewhere: this.ranked(unique, preferred).map(([id]) => id) };
  }

  /**
   * Entries in the order to offer them: those made for the public rather than open to all (the fewest publics
   * listed) first; between them, those whose topic the resident's words point to ("après l'école" → aide aux devoirs),
   * then those that share publics with the service the resident came from (`near`: after the club Ados, a child of
   * 11 is offered what the club's teenagers share with children, not the games for toddlers).
   */
  private ranked(candidates: [string, string[]][], preferred: readonly string[], near: readonly string[] = []): [string, string[]][] {
    const rank = (id: string) => {
      const index = preferred.findIndex((topic) => id === topic || id.startsWith(`${topic}-`));
      return index < 0 ? preferred.length : index;
    };
    const shared = (ids: string[]) => ids.filter((id) => near.includes(id)).length;
    return [...candidates].sort((a, b) => a[1].length - b[1].length || rank(a[0]) - rank(b[0]) || shared(b[1]) - shared(a[1]));
  }
}

/** A word of the groups' words (`AudienceWords.longestNamed`): the groups whose word ends here, and what may follow. */
interface GroupNode {
  groups: number[];
  next?: Map<string, GroupNode>;
}
