/**
 * What the console's pages and API say to staff, from one catalogue (locales/staff.fr.json). Keys are checked by
 * the compiler: a typo in a key is a type error, not a blank on a page. `{{name}}` placeholders are filled here;
 * the pages escape the result like any other text.
 */
import catalogue from '../../locales/staff.fr.json';

type Catalogue = typeof catalogue;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TextKey = Leaves<Catalogue>;
export type ErrorCode = keyof Catalogue['errors'];

export function t(key: TextKey, vars: Record<string, string | number> = {}): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined;
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** French number formatting ("1 234", "42 %"). */
const numberFormat = new Intl.NumberFormat('fr-FR');
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatPercent(part: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((100 * part) / total)} %`;
}
