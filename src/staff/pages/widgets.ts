/** Small pieces several pages share: dates, labels, badges, a remarque card, pagination, select options. */
import { KIND_LABELS_FR, STATUS_LABELS_FR } from '../../storage/export.js';
import { formatParisDateTime } from '../../storage/time.js';
import type { Remarque, RemarqueKind, RemarqueStatus } from '../../storage/types.js';
import { REMARQUE_STATUSES } from '../../storage/types.js';
import { attr, html, type Fragment, type Html } from '../html.js';
import type { Lookup } from '../lookup.js';
import { DATE_FORMAT, DATE_PATTERN, TIME_FORMAT, TIME_PATTERN } from '../french-dates.js';
import { t } from '../text.js';
import { PATHS } from './layout.js';

/** "10/05/2024 14:32" (Paris time) in a <time> element. */
export function dateTime(iso: string): Html {
  const [date = '', time = ''] = formatParisDateTime(iso).split(' ');
  return html`<time datetime="${iso}">${frenchDate(date)} ${time}</time>`;
}

/** "2024-05-10" → "10/05/2024". */
export function frenchDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return y && m && d ? `${d}/${m}/${y}` : isoDate;
}

/**
 * A date or time input written the French way whatever the browser: a text input (a `type="date"` follows the
 * browser's locale and shows mm/dd/yyyy in an English one) with the format as placeholder and hint, the digits
 * keypad on phones, and a pattern the browser checks (the server reads and checks again, src/staff/french-dates.ts).
 */
export function dateTimeInput(options: {
  id: string;
  name: string;
  kind: 'date' | 'time';
  value: string;
  required?: boolean;
  /** The French sentence of a refused value: shown under the field, which is then marked invalid. */
  error?: string | undefined;
  /** Ids of other hints the field is described by. */
  describedBy?: string[];
}): Html {
  const { id, name, kind, value, error } = options;
  const format = kind === 'date' ? DATE_FORMAT : TIME_FORMAT;
  const describedBy = [`${id}-format`, ...(options.describedBy ?? []), ...(error ? [`${id}-error`] : [])].join(' ');
  return html`<input id="${id}" name="${name}" type="text" inputmode="numeric" autocomplete="off" size="10" maxlength="16" placeholder="${format}" pattern="${kind === 'date' ? DATE_PATTERN : TIME_PATTERN}" title="${t(kind === 'date' ? 'dates.dateTitle' : 'dates.timeTitle')}"${attr('required', options.required ?? false)}${error ? html` aria-invalid="true"` : ''} aria-describedby="${describedBy}" value="${value}"> <span id="${id}-format" class="hint format">${t(kind === 'date' ? 'dates.dateHint' : 'dates.timeHint')}</span>${error ? html` <span id="${id}-error" class="error">${error}</span>` : ''}`;
}

export function statusBadge(status: RemarqueStatus): Html {
  return html`<span class="badge status-${status}">${STATUS_LABELS_FR[status]}</span>`;
}

export function kindLabel(kind: RemarqueKind): string {
  return KIND_LABELS_FR[kind];
}

export function statusOptions(selected: RemarqueStatus | undefined, placeholder?: string): Html {
  return html`${placeholder ? html`<option value="">${placeholder}</option>` : ''}${REMARQUE_STATUSES.map(
    (s) => html`<option value="${s}"${attr('selected', s === selected)}>${STATUS_LABELS_FR[s]}</option>`,
  )}`;
}

export function topicOptions(lookup: Lookup, selected: string | undefined, placeholder: string): Html {
  return html`<option value="">${placeholder}</option>${lookup.topics.map(
    (topic) => html`<option value="${topic.id}"${attr('selected', topic.id === selected)}>${topic.label}</option>`,
  )}`;
}

/** Entries grouped by topic (optgroups), for the teaching and agenda forms. */
export function entryOptions(lookup: Lookup, selected: string | undefined, placeholder: string): Html {
  return html`<option value="">${placeholder}</option>${lookup.topics.map((topic) => {
    const entries = lookup.entries.filter((e) => e.topic === topic.id);
    return entries.length === 0
      ? ''
      : html`<optgroup label="${topic.label}">${entries.map((e) => html`<option value="${e.id}"${attr('selected', e.id === selected)}>${e.title}</option>`)}</optgroup>`;
  })}`;
}

/** One remarque as a card: what was said (escaped, like every text), when, its kind, status and topic guess. */
export function remarqueCard(r: Remarque, lookup: Lookup, extra: Fragment = ''): Html {
  return html`<article class="card" aria-labelledby="r${r.id}-title">
<h3 id="r${r.id}-title" class="card-title"><a href="${PATHS.remarques}/${r.id}">${t('remarques.number', { id: r.id })}</a></h3>
<p class="meta">${dateTime(r.createdAt)} · ${kindLabel(r.kind)} · ${statusBadge(r.status)}${r.topic ? html` · ${t('remarques.topicGuess')} ${lookup.topicLabel(r.topic)}` : ''}</p>
<blockquote class="resident-text">${r.text}</blockquote>
${r.note ? html`<p class="note"><strong>${t('remarques.note')}</strong> ${r.note}</p>` : ''}
${extra}
</article>`;
}

/** « Précédent · page 2 sur 5 · Suivant », as links that keep the filters. */
export function pagination(page: number, pages: number, href: (page: number) => string): Html {
  if (pages <= 1) return html``;
  return html`<nav class="pages" aria-label="${t('pagination.label')}">
${page > 1 ? html`<a href="${href(page - 1)}" rel="prev">${t('pagination.previous')}</a>` : ''}
<span>${t('pagination.position', { page, pages })}</span>
${page < pages ? html`<a href="${href(page + 1)}" rel="next">${t('pagination.next')}</a>` : ''}
</nav>`;
}

/** A table that scrolls sideways on a phone, reachable with the keyboard. */
export function scrollTable(label: string, table: Html): Html {
  return html`<div class="table-wrap" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}
