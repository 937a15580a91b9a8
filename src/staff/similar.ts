/**
 * "12 questions like this one": similar remarques grouped, with a rule staff can be told in one sentence.
 *
 * Each text goes through the engine's own normalisation (SMS spellings fixed, residents' words mapped to the
 * knowledge's terms, stopwords dropped, words stemmed), which leaves its meaningful words. Two remarques are
 * similar when they share at least two thirds of those words (Jaccard index ≥ 2/3): "kan passe le bus santé" and
 * "quand passe le bus santé ?" are the same question; "bus santé" and "bus scolaire" are not.
 *
 * Groups are formed in one pass over the remarques in the order given (newest first): each joins the first group
 * whose first remarque is similar enough and of the same sort (`sortOf`: like with like — an unanswered question
 * never joins a suggestion), or starts a new group. An item whose sort is undefined stays alone (a remarque already
 * dealt with is not grouped with open ones). The first remarque of a group is its newest.
 */

export const SIMILARITY_THRESHOLD = 2 / 3;

export interface Group<T> {
  /** Newest first; items[0] stands for the group. */
  items: T[];
}

export type Signature = (text: string) => ReadonlySet<string>;

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export function groupSimilar<T extends { text: string }>(items: readonly T[], signature: Signature, sortOf: (item: T) => string | undefined = () => ''): Group<T>[] {
  const groups: { key: ReadonlySet<string>; sort: string | undefined; items: T[] }[] = [];
  for (const item of items) {
    const key = signature(item.text);
    const sort = sortOf(item);
    const home = key.size > 0 && sort !== undefined ? groups.find((g) => g.sort === sort && jaccard(g.key, key) >= SIMILARITY_THRESHOLD) : undefined;
    if (home) home.items.push(item);
    else groups.push({ key, sort, items: [item] });
  }
  return groups.map((g) => ({ items: g.items }));
}

/** The largest groups first (ties: the most recent first), for "the most frequent questions". */
export function bySize<T>(groups: readonly Group<T>[]): Group<T>[] {
  return groups
    .map((g, order) => ({ g, order }))
    .sort((a, b) => b.g.items.length - a.g.items.length || a.order - b.order)
    .map(({ g }) => g);
}

/** The signature of a text: the stems of its meaningful words, as the engine normalises them (weak words only if nothing else). */
export function engineSignature(normalise: (text: string) => { tokens: readonly { stem: string; weak: boolean }[] }): Signature {
  return (text) => {
    const tokens = normalise(text).tokens;
    const strong = tokens.filter((token) => !token.weak);
    return new Set((strong.length > 0 ? strong : tokens).map((token) => token.stem));
  };
}
