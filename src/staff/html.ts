/**
 * HTML built from a tagged template that escapes every interpolated value, unless it is itself HTML made here.
 * Residents' texts (remarques), staff notes and query parameters are therefore escaped by construction: a page
 * cannot forget to, because there is no other way to put a string in a page.
 */

const SAFE = Symbol('safe-html');

export interface Html {
  readonly [SAFE]: true;
  readonly value: string;
}

/** What may appear in ${...}: text (escaped), numbers, HTML from html``, lists of those; null/undefined/false print nothing. */
export type Fragment = Html | string | number | null | undefined | false | readonly Fragment[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && SAFE in value;
}

function render(fragment: Fragment): string {
  if (fragment === null || fragment === undefined || fragment === false) return '';
  if (isHtml(fragment)) return fragment.value;
  if (Array.isArray(fragment)) return fragment.map(render).join('');
  return escapeHtml(String(fragment));
}

export function html(strings: TemplateStringsArray, ...values: Fragment[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { [SAFE]: true, value: out };
}

/** Markup that is already trusted (e.g. the SVG chart assembled from numbers in chart.ts). */
export function trusted(markup: string): Html {
  return { [SAFE]: true, value: markup };
}

export function toString(fragment: Fragment): string {
  return render(fragment);
}

/** `selected`, `checked`... as attributes only when true. */
export function attr(name: string, on: boolean): Html {
  return trusted(on ? ` ${name}` : '');
}
