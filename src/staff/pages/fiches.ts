/**
 * The "Fiches" pages: the list of subjects (most asked first, with what is missing and what needs checking) and
 * contacts; the edit form of a subject or a contact, with each fact's source and date, errors next to the fields,
 * the history of changes (who, when, what) and undo. Usable on a phone: one column, large fields, no script.
 */
import { DETAIL_PLAIN_FIELDS, DETAIL_TEXT_FIELDS, type Contact } from '../../knowledge/schema.js';
import type { FicheVersion } from '../../storage/types.js';
import type { ContactItem, EntryItem, Fact } from '../fiches.js';
import type { FormValues } from '../fiche-form.js';
import { attr, html, type Html } from '../html.js';
import type { Lookup } from '../lookup.js';
import type { Session } from '../sessions.js';
import { t, type TextKey } from '../text.js';
import { csrfField, PATHS, type PageParts } from './layout.js';
import { dateTime, dateTimeInput, frenchDate } from './widgets.js';

type Errors = ReadonlyMap<string, TextKey>;

function label(field: string): string {
  return t(`fiches.fields.${field}` as TextKey);
}

function missingLine(missing: readonly string[]): Html {
  return missing.length === 0
    ? html`<span class="meta">${t('fiches.complete')}</span>`
    : html`<span>${t('fiches.missing', { fields: missing.map(label).join(', ') })}</span>`;
}

function staleLine(facts: Record<string, Fact>): Html | '' {
  const n = Object.values(facts).filter((f) => f.stale).length;
  return n > 0 ? html` · <span class="badge stale">${t('fiches.staleCount', { n })}</span>` : '';
}

function entryCard(item: EntryItem, lookup: Lookup): Html {
  return html`<li class="card">
<h3 class="card-title"><a href="${PATHS.fiches}/${item.id}">${item.title}<span class="visually-hidden"> — ${t('fiches.edit')}</span></a></h3>
<p class="meta">${lookup.topicLabel(item.topic)} · ${t('fiches.asked', { n: item.asked })}${staleLine(item.facts)}</p>
<p>${missingLine(item.missing)}</p>
${item.changed ? html`<p class="meta">${t('fiches.changedBy', { by: item.changed.by, date: '' })}${dateTime(item.changed.at)}</p>` : ''}
</li>`;
}

function contactCard(item: ContactItem): Html {
  return html`<li class="card">
<h3 class="card-title"><a href="${PATHS.contacts}/${item.id}">${item.name}<span class="visually-hidden"> — ${t('fiches.edit')}</span></a></h3>
<p>${missingLine(item.missing)}${staleLine(item.facts)}</p>
${item.changed ? html`<p class="meta">${t('fiches.changedBy', { by: item.changed.by, date: '' })}${dateTime(item.changed.at)}</p>` : ''}
</li>`;
}

export function fichesPage(entries: EntryItem[], contacts: ContactItem[], lookup: Lookup): Omit<PageParts, 'session'> {
  const services = entries.filter((e) => !e.conversation);
  const conversation = entries.filter((e) => e.conversation);
  return {
    title: t('fiches.title'),
    current: 'fiches',
    body: html`<p>${t('fiches.intro')}</p>
<section aria-labelledby="entries-title">
<h2 id="entries-title">${t('fiches.entriesTitle')}</h2>
<ol class="plain fiche-list">${services.map((e) => entryCard(e, lookup))}</ol>
</section>
<section aria-labelledby="contacts-title">
<h2 id="contacts-title">${t('fiches.contactsTitle')}</h2>
<p>${t('fiches.contactsIntro')}</p>
<ul class="plain fiche-list">${contacts.map(contactCard)}</ul>
</section>
${conversation.length > 0 ? html`<section aria-labelledby="conversation-title">
<h2 id="conversation-title">${t('fiches.conversationTitle')}</h2>
<ul class="plain fiche-list">${conversation.map((e) => entryCard(e, lookup))}</ul>
</section>` : ''}`,
  };
}

function factLine(fact: Fact | undefined): Html | '' {
  if (!fact) return '';
  const origin = fact.origin === 'staff' ? t('fiches.factStaff', { source: fact.source }) : t('fiches.factFile', { source: fact.source });
  const date = fact.checked ? t('fiches.checkedOn', { date: frenchDate(fact.checked) }) : t('fiches.noDate');
  return html`<span class="fact meta">${origin}, ${date}${fact.stale ? html` — <strong class="badge stale">${t('fiches.stale')}</strong>` : ''}</span>`;
}

function value(values: FormValues, name: string): string {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

function described(id: string, parts: (string | false)[]): Html | '' {
  const ids = parts.filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

/** One input with its label, hint, error (next to it) and fact line. */
function input(name: string, labelText: string, values: FormValues, errors: Errors, options: { type?: string; textarea?: boolean; hint?: TextKey; fact?: Fact | undefined; required?: boolean } = {}): Html {
  const id = `f-${name}`;
  const error = errors.get(name);
  const common = html` id="${id}" name="${name}"${attr('required', options.required ?? false)}${error ? html` aria-invalid="true"` : ''}${described(id, [options.hint ? `${id}-hint` : false, error ? `${id}-error` : false, options.fact ? `${id}-fact` : false])}`;
  const control = options.textarea
    ? html`<textarea${common} rows="4" maxlength="4000">${value(values, name)}</textarea>`
    : html`<input${common} type="${options.type ?? 'text'}" maxlength="2000" value="${value(values, name)}"${options.type === 'tel' ? html` inputmode="tel" autocomplete="off"` : ''}>`;
  return html`<p class="field"><label for="${id}">${labelText}</label>
${control}
${options.hint ? html`<span id="${id}-hint" class="hint">${t(options.hint)}</span>` : ''}
${error ? html`<span id="${id}-error" class="error">${t(error)}</span>` : ''}
${options.fact ? html`<span id="${id}-fact">${factLine(options.fact)}</span>` : ''}</p>`;
}

function textPair(field: string, values: FormValues, errors: Errors, fact: Fact | undefined, textarea = false): Html {
  return html`<div class="pair">
${input(`${field}_fr`, `${label(field)} (${t('fiches.french')})`, values, errors, { textarea, fact })}
${input(`${field}_en`, `${label(field)} (${t('fiches.english')})`, values, errors, { textarea })}
</div>`;
}

function sourceFields(values: FormValues, errors: Errors): Html {
  return html`<fieldset><legend>${t('fiches.sourceLegend')}</legend>
<p class="hint">${t('fiches.hints.source')}</p>
${input('source_url', label('source_url'), values, errors, { type: 'url' })}
<p class="field"><label for="f-source_checked">${label('source_checked')}</label>
${dateTimeInput({ id: 'f-source_checked', name: 'source_checked', kind: 'date', value: value(values, 'source_checked'), error: errors.get('source_checked') ? t(errors.get('source_checked')!) : undefined })}</p>
${input('source_note', label('source_note'), values, errors)}
</fieldset>`;
}

function historyList(versions: FicheVersion[], undoAction: string, session: Session): Html {
  const active = versions.some((v) => v.revertedAt === null);
  return html`<section aria-labelledby="history-title">
<h2 id="history-title">${t('fiches.historyTitle')}</h2>
${versions.length === 0 ? html`<p>${t('fiches.historyEmpty')}</p>` : html`<ol class="plain history">${versions.map(
    (v) => html`<li class="card"><p class="meta">${dateTime(v.createdAt)} — ${v.createdBy}${v.revertedAt ? html` · <span class="badge archived">${t('fiches.undoneBy', { by: v.revertedBy ?? '', date: '' })}${dateTime(v.revertedAt)}</span>` : ''}</p>
<ul>${changeLines(v.patch)}</ul></li>`,
  )}</ol>`}
${active ? html`<form method="post" action="${undoAction}">${csrfField(session)}
<p class="actions"><button type="submit" class="secondary">${t('fiches.undo')}</button> <span class="hint">${t('fiches.undoHint')}</span></p></form>` : ''}
</section>`;
}

function shown(v: unknown): string {
  if (v === null) return t('fiches.cleared');
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if (typeof o['fr'] === 'string') return typeof o['en'] === 'string' ? `${o['fr']} / ${o['en']}` : o['fr'];
    return Object.entries(o).map(([k, x]) => `${k} : ${String(x)}`).join(', ');
  }
  return String(v);
}

function changeLines(patch: Record<string, unknown>): Html[] {
  const lines: Html[] = [];
  const details = patch['details'];
  const fields: [string, unknown][] = [
    ...(typeof details === 'object' && details !== null ? Object.entries(details) : []),
    ...Object.entries(patch).filter(([k]) => k !== 'details'),
  ];
  for (const [field, v] of fields) lines.push(html`<li><strong>${label(field)}</strong> : ${shown(v)}</li>`);
  return lines;
}

export function entryFormPage(options: {
  item: EntryItem;
  values: FormValues;
  errors: Errors;
  contacts: readonly Contact[];
  history: FicheVersion[];
  problem: string | undefined;
  session: Session;
}): Omit<PageParts, 'session'> {
  const { item, values, errors, contacts, history, session } = options;
  const others = new Set(Array.isArray(values['contacts']) ? values['contacts'] : values['contacts'] ? [values['contacts']] : []);
  const primary = value(values, 'contacts_primary');
  return {
    title: t('fiches.editTitle', { title: item.title }),
    current: 'fiches',
    alert: errors.size > 0 ? t('fiches.errors', { fields: [...errors.keys()].map(fieldName).join(', ') }) : options.problem ? t('fiches.problem', { message: options.problem }) : undefined,
    body: html`<p><a href="${PATHS.fiches}">${t('fiches.back')}</a></p>
<p class="hint">${t('fiches.formIntro')}</p>
<form class="stack fiche" method="post" action="${PATHS.fiches}/${item.id}" novalidate>
${csrfField(session)}
<fieldset><legend>${t('fiches.detailsLegend')}</legend>
${DETAIL_PLAIN_FIELDS.map((f) => input(f, label(f), values, errors, { type: f === 'phone' ? 'tel' : f === 'email' ? 'email' : 'url', hint: `fiches.hints.${f}`, fact: item.facts[f] }))}
${DETAIL_TEXT_FIELDS.map((f) => textPair(f, values, errors, item.facts[f]))}
</fieldset>
<fieldset><legend>${t('fiches.contactsLegend')}</legend>
<p class="field"><label for="f-contacts_primary">${t('fiches.primaryContact')}</label>
<select id="f-contacts_primary" name="contacts_primary"${errors.has('contacts') ? html` aria-invalid="true" aria-describedby="f-contacts-error"` : ''}><option value="">${t('fiches.noContact')}</option>${contacts.map((c) => html`<option value="${c.id}"${attr('selected', c.id === primary)}>${c.name}</option>`)}</select>
${errors.has('contacts') ? html`<span id="f-contacts-error" class="error">${t(errors.get('contacts') as TextKey)}</span>` : ''}
${factLine(item.facts['contacts'])}</p>
<details><summary>${t('fiches.otherContacts')}</summary>
${contacts.map((c) => html`<label class="check"><input type="checkbox" name="contacts" value="${c.id}"${attr('checked', others.has(c.id))}> ${c.name}</label>`)}
</details>
</fieldset>
${sourceFields(values, errors)}
<fieldset><legend>${t('fiches.answerLegend')}</legend>
${input('answer_fr', `${label('answer')} (${t('fiches.french')})`, values, errors, { textarea: true, fact: item.facts['answer'], required: true })}
${input('answer_en', `${label('answer')} (English)`, values, errors, { textarea: true, required: true })}
</fieldset>
<p><button type="submit">${t('fiches.save')}</button></p>
</form>
${historyList(history, `${PATHS.fiches}/${item.id}/annuler`, session)}`,
  };
}

export function contactFormPage(options: {
  item: ContactItem;
  values: FormValues;
  errors: Errors;
  history: FicheVersion[];
  problem: string | undefined;
  session: Session;
}): Omit<PageParts, 'session'> {
  const { item, values, errors, history, session } = options;
  return {
    title: t('fiches.contactTitle', { name: item.name }),
    current: 'fiches',
    alert: errors.size > 0 ? t('fiches.errors', { fields: [...errors.keys()].map(fieldName).join(', ') }) : options.problem ? t('fiches.problem', { message: options.problem }) : undefined,
    body: html`<p><a href="${PATHS.fiches}">${t('fiches.back')}</a></p>
<p class="hint">${t('fiches.formIntro')}</p>
<form class="stack fiche" method="post" action="${PATHS.contacts}/${item.id}" novalidate>
${csrfField(session)}
<fieldset><legend>${t('fiches.detailsLegend')}</legend>
${input('name', label('name'), values, errors, { fact: item.facts['name'], required: true })}
${(['phone', 'email', 'website'] as const).map((f) => input(f, label(f), values, errors, { type: f === 'phone' ? 'tel' : f === 'email' ? 'email' : 'url', hint: `fiches.hints.${f}`, fact: item.facts[f] }))}
${input('address', label('address'), values, errors, { fact: item.facts['address'] })}
${textPair('hours', values, errors, item.facts['hours'])}
${textPair('role', values, errors, item.facts['role'], true)}
</fieldset>
${sourceFields(values, errors)}
<p><button type="submit">${t('fiches.save')}</button></p>
</form>
${historyList(history, `${PATHS.contacts}/${item.id}/annuler`, session)}`,
  };
}

/** "place_fr" → "Lieu (français)", for the summary of errors at the top. */
function fieldName(formField: string): string {
  const [field = '', lang] = formField.split('_');
  if (field === 'source') return label(formField);
  const base = label(field);
  return lang === 'fr' ? `${base} (${t('fiches.french')})` : lang === 'en' ? `${base} (${t('fiches.english')})` : base;
}
