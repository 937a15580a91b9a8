/**
 * The console's pages: plain HTML forms, no script. Every change is a POST carrying the session's CSRF token in a
 * hidden field, answered by a redirect (so reloading a page never repeats a change) to a page that says what was done.
 */
import type { Request, Response } from 'restify';
import type { Remarque } from '../storage/types.js';
import { remarquePatch as apiPatch } from './api.js';
import { checkAgenda, dateTimeIssues, fromForm, makeId } from './agenda-input.js';
import { parseFrenchDate } from './french-dates.js';
import { MAX_BULK } from './actions.js';
import { favicon, stylesheet, type Asset } from './assets.js';
import { clearedCookie, signedInCookies, signInAddress, type StaffDeps } from './deps.js';
import { DEVICE_COOKIE } from './devices.js';
import { filterToQuery, idList, readPeriod, remarqueQuery, singleValue, toStatus } from './filters.js';
import { html } from './html.js';
import { agendaFormPage, agendaPage, agendaRemovePage, fieldLabel, formFieldOf, recordToForm, type FormValues } from './pages/agenda.js';
import { dashboardPage } from './pages/dashboard.js';
import { contactFormPage, entryFormPage, fichesPage } from './pages/fiches.js';
import { contactFormToPatch, contactToForm, entryFormToPatch, entryToForm, formErrors, formValues, type FormValues as FicheFormValues } from './fiche-form.js';
import { contactItem, contactItems, entryItem, entryItems } from './fiches.js';
import { journalPage, phrasingsPage } from './pages/history.js';
import { flashFrom, PATHS, sendPage, type PageParts } from './pages/layout.js';
import { loginPage, safeNext } from './pages/login.js';
import { meetingPage, meetingRefusedPage } from './pages/meeting.js';
import { remarquePage } from './pages/remarque.js';
import { remarquesPage, type View } from './pages/remarques.js';
import { groupedRemarques, splitAgenda } from './queries.js';
import { dashboard, defaultPeriod, meetingSummary } from './reports.js';
import { agendaRecordOf, bodyOf, numericId, queryOf } from './request.js';
import { field, HttpError, readCookie, redirect, type Context, type StaffRoute } from './router.js';
import type { Session } from './sessions.js';
import { t, type ErrorCode } from './text.js';

const JOURNAL_LENGTH = 200;
const TEACHABLE = new Set<Remarque['kind']>(['unanswered', 'not-helpful']);

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function show(ctx: Context, parts: Omit<PageParts, 'session'>, status = 200): void {
  sendPage(ctx.res, { flash: flashFrom(queryOf(ctx.req)), ...parts, session: ctx.session }, status);
}

/** Back to a console page after a change, with the confirmation to show. */
function back(res: Response, to: string, ok: string, n?: number): void {
  const target = safeNext(to);
  redirect(res, `${target}${target.includes('?') ? '&' : '?'}ok=${ok}${n === undefined ? '' : `&n=${n}`}`);
}

export function errorPage(ctx: { res: Response; session: Session | undefined }, status: number, code: ErrorCode): void {
  sendPage(
    ctx.res,
    { title: t('errors.title'), session: ctx.session, alert: t(`errors.${code}`), body: html`<p><a href="${PATHS.dashboard}">${t('errors.home')}</a></p>` },
    status,
  );
}

export function pageRoutes(deps: StaffDeps): StaffRoute[] {
  const { storage, actions, lookup } = deps;

  const agendaRecord = (req: Request) => agendaRecordOf(storage.agenda, req);

  /** Saves the agenda form, or shows it again with what was typed and which fields to fix. */
  const saveAgendaForm = async (ctx: Context, id: string | undefined) => {
    const form = bodyOf(ctx.req);
    const existing = id === undefined ? undefined : await agendaRecord(ctx.req);
    const input = fromForm(form);
    const taken = new Set((await storage.agenda.list()).map((r) => r.id));
    const newId = existing?.id ?? makeId(text(form['title_fr']), parseFrenchDate(text(form['date'])) ?? text(form['date']), taken);
    const checked = checkAgenda({ ...input, id: newId }, lookup, form['sample'] === 'on');
    const dateIssues = dateTimeIssues(form, fieldLabel);
    if (checked.ok && dateIssues.length === 0) {
      await actions.saveAgenda(ctx.session.username, checked.item, checked.sample);
      return back(ctx.res, PATHS.agenda, 'agendaSaved');
    }
    const values: FormValues = Object.fromEntries(Object.entries(form).filter(([k]) => k !== '_csrf').map(([k, v]) => [k, text(v)]));
    const errors = new Set([...(checked.ok ? [] : checked.issues.map((i) => formFieldOf(i.path))), ...dateIssues.map((i) => i.path)]);
    const messages = new Map(dateIssues.map((i) => [i.path, i.message]));
    show(ctx, agendaFormPage({ record: existing, values, errors, messages, lookup, session: ctx.session }), 400);
  };

  const { fiches } = deps;
  const ficheId = (req: Request): string => {
    const id: unknown = req.params?.['id'];
    if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new HttpError(404, 'notFound');
    return id;
  };
  const problemOf = (kind: 'entry' | 'contact', id: string) => fiches.problems.find((p) => p.kind === kind && p.id === id)?.message;

  const showEntryForm = async (ctx: Context, id: string, values?: FicheFormValues, issues: HttpError['details'] = undefined, status = 200) => {
    const entry = fiches.entry(id);
    if (!entry) throw new HttpError(404, 'notFound');
    const item = entryItem(entry, fiches, 0, deps.clock());
    const errors = formErrors(Array.isArray(issues) ? issues : []);
    show(ctx, entryFormPage({ item, values: values ?? entryToForm(entry), errors, contacts: fiches.contacts(), history: await storage.fiches.history('entry', id), problem: problemOf('entry', id), session: ctx.session }), status);
  };

  const showContactForm = async (ctx: Context, id: string, values?: FicheFormValues, issues: HttpError['details'] = undefined, status = 200) => {
    const contact = fiches.contact(id);
    if (!contact) throw new HttpError(404, 'notFound');
    const item = contactItem(contact, fiches, deps.clock());
    const errors = formErrors(Array.isArray(issues) ? issues : []);
    show(ctx, contactFormPage({ item, values: values ?? contactToForm(contact), errors, history: await storage.fiches.history('contact', id), problem: problemOf('contact', id), session: ctx.session }), status);
  };

  /** Saves a fiche form; a refused change shows the form again as typed, each error next to its field. */
  const saveFiche = async (ctx: Context, kind: 'entry' | 'contact') => {
    const id = ficheId(ctx.req);
    const values = formValues(bodyOf(ctx.req));
    const base = kind === 'entry' ? PATHS.fiches : PATHS.contacts;
    const entry = kind === 'entry' ? fiches.entry(id) : undefined;
    const contact = kind === 'contact' ? fiches.contact(id) : undefined;
    if (!entry && !contact) throw new HttpError(404, 'notFound');
    const patch = entry ? entryFormToPatch(values, entry) : contact ? contactFormToPatch(values, contact) : undefined;
    if (!patch) return back(ctx.res, `${base}/${id}`, 'ficheUnchanged');
    try {
      if (kind === 'entry') await actions.saveEntry(ctx.session.username, id, patch);
      else await actions.saveContact(ctx.session.username, id, patch);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 400) throw error;
      return kind === 'entry' ? showEntryForm(ctx, id, values, error.details, 400) : showContactForm(ctx, id, values, error.details, 400);
    }
    back(ctx.res, `${base}/${id}`, 'ficheSaved');
  };

  const undoFiche = async (ctx: Context, kind: 'entry' | 'contact') => {
    const id = ficheId(ctx.req);
    await actions.undoFiche(ctx.session.username, kind, id);
    back(ctx.res, `${kind === 'entry' ? PATHS.fiches : PATHS.contacts}/${id}`, 'ficheUndone');
  };

  const dashboardRoute = (path: string): StaffRoute => ({
    method: 'GET',
    path,
    access: 'session',
    async handle(ctx) {
      show(ctx, dashboardPage(await dashboard(storage, deps.clock()), lookup));
    },
  });

  return [
    {
      method: 'GET',
      path: PATHS.css,
      access: 'public',
      async handle({ req, res }) {
        sendStatic(req, res, stylesheet(), 'text/css; charset=utf-8');
      },
    },
    {
      method: 'GET',
      path: PATHS.favicon,
      access: 'public',
      async handle({ req, res }) {
        sendStatic(req, res, favicon(), 'image/svg+xml');
      },
    },
    {
      method: 'GET',
      path: PATHS.loginAlias,
      access: 'public',
      async handle({ req, res }) {
        const query = (req.getQuery?.() as string | undefined) ?? '';
        redirect(res, `${PATHS.login}${query ? `?${query}` : ''}`);
      },
    },
    {
      method: 'GET',
      path: PATHS.login,
      access: 'public',
      async handle({ req, res }) {
        const next = safeNext(queryOf(req)['next']);
        if (await deps.sessions.find(readCookie(req, deps.cookie.name))) return redirect(res, next);
        sendPage(res, loginPage({ next, flash: queryOf(req)['out'] === '1' ? t('login.signedOut') : undefined }));
      },
    },
    {
      method: 'POST',
      path: PATHS.login,
      access: 'public',
      async handle({ req, res }) {
        const form = bodyOf(req);
        const username = text(form['username']).trim();
        const next = safeNext(form['next']);
        const result = await deps.sessions.signIn(username, text(form['password']), signInAddress(deps, req), readCookie(req, DEVICE_COOKIE));
        if (result.ok) {
          res.setHeader('Set-Cookie', signedInCookies(deps, result.token, result.device, deps.sessions.maxAgeSeconds));
          return redirect(res, next);
        }
        if (result.reason === 'rate-limited') {
          res.header('Retry-After', String(result.retryAfterSeconds));
          return sendPage(res, loginPage({ next, username, alert: t('login.rateLimited', { minutes: Math.ceil(result.retryAfterSeconds / 60) }) }), 429);
        }
        sendPage(res, loginPage({ next, username, alert: t('login.invalid') }), 401);
      },
    },
    {
      method: 'POST',
      path: PATHS.logout,
      access: 'session',
      async handle({ req, res }) {
        await deps.sessions.signOut(readCookie(req, deps.cookie.name));
        res.header('Set-Cookie', clearedCookie(deps));
        redirect(res, `${PATHS.login}?out=1`);
      },
    },
    dashboardRoute(PATHS.dashboard),
    dashboardRoute(`${PATHS.dashboard}/`),
    {
      method: 'GET',
      path: PATHS.remarques,
      access: 'session',
      async handle(ctx) {
        const q = queryOf(ctx.req);
        const dates = readPeriod(q);
        if (Object.keys(dates.errors).length) {
          // A date staff mistyped: the form again, as typed, saying which date and how to write it (nothing listed).
          const { from: _from, to: _to, ...rest } = q;
          const { filter } = remarqueQuery({ ...rest, ...dates.period });
          const { limit: _l, offset: _o, ...filters } = filter;
          return show(ctx, remarquesPage({ filter: filters, view: q['vue'] === 'liste' ? 'list' : 'groups', total: 0, page: 1, pages: 1, groups: [], query: '', back: PATHS.remarques, typed: dates.typed, dateErrors: dates.errors }, lookup, ctx.session), 400);
        }
        const { filter, page, pageSize } = remarqueQuery({ ...q, ...dates.period });
        const { limit: _limit, offset: _offset, ...filters } = filter;
        const view: View = q['vue'] === 'liste' ? 'list' : 'groups';
        const queryString = filterToQuery(filters, view === 'list' ? { vue: 'liste' } : {});
        const backTo = `${PATHS.remarques}${queryString}`;
        if (view === 'groups') {
          const grouped = await groupedRemarques(storage.remarques, filters, page, deps.signature);
          return show(ctx, remarquesPage({ filter: filters, view, total: grouped.total, page: grouped.page, pages: grouped.pages, groups: grouped.groups, query: queryString, back: backTo }, lookup, ctx.session));
        }
        const { items, total } = await storage.remarques.list(filter);
        const pages = Math.max(1, Math.ceil(total / pageSize));
        show(ctx, remarquesPage({ filter: filters, view, total, page, pages, groups: items.map((r) => ({ items: [r] })), query: queryString, back: backTo }, lookup, ctx.session));
      },
    },
    {
      method: 'POST',
      path: `${PATHS.remarques}/lot`,
      access: 'session',
      async handle({ req, res, session }) {
        const form = bodyOf(req);
        const ids = idList(form['ids'], MAX_BULK);
        const status = toStatus(form['status']);
        const note = text(form['note']).trim();
        const to = text(form['back']) || PATHS.remarques;
        if (ids.length === 0 || (status === undefined && note === '')) return back(res, to, 'nothingSelected');
        const updated = await actions.updateRemarques(session.username, ids, { ...(status && { status }), ...(note && { note }) });
        back(res, to, 'updated', updated);
      },
    },
    {
      method: 'GET',
      path: `${PATHS.remarques}/:id`,
      access: 'session',
      async handle(ctx) {
        const remarque = await storage.remarques.get(numericId(ctx.req));
        if (!remarque) throw new HttpError(404, 'notFound');
        const phrasings = (await storage.phrasings.all()).filter((p) => p.remarqueId === remarque.id);
        show(ctx, remarquePage({ remarque, answeredBy: deps.answers(remarque.text), offered: deps.offers(remarque.text), phrasings, teachable: TEACHABLE.has(remarque.kind) }, lookup, ctx.session));
      },
    },
    {
      method: 'POST',
      path: `${PATHS.remarques}/:id`,
      access: 'session',
      async handle({ req, res, session }) {
        const id = numericId(req);
        const form = bodyOf(req);
        await actions.updateRemarque(session.username, id, apiPatch({ status: form['status'], note: text(form['note']) }));
        back(res, `${PATHS.remarques}/${id}`, 'saved');
      },
    },
    {
      method: 'POST',
      path: `${PATHS.remarques}/:id/apprendre`,
      access: 'session',
      async handle({ req, res, session }) {
        const id = numericId(req);
        const taught = await actions.teach(session.username, id, text(field(req, 'entryId')));
        back(res, `${PATHS.remarques}/${id}`, taught.answersNow ? 'taught' : 'taughtNoMatch');
      },
    },
    {
      method: 'GET',
      path: PATHS.phrasings,
      access: 'session',
      async handle(ctx) {
        show(ctx, phrasingsPage(await storage.phrasings.all(), lookup, ctx.session));
      },
    },
    {
      method: 'POST',
      path: `${PATHS.phrasings}/:id/annuler`,
      access: 'session',
      async handle({ req, res, session }) {
        await actions.undo(session.username, numericId(req));
        back(res, text(field(req, 'back')) || PATHS.phrasings, 'undone');
      },
    },
    {
      method: 'GET',
      path: PATHS.meeting,
      access: 'session',
      async handle(ctx) {
        const dates = readPeriod(queryOf(ctx.req));
        if (Object.keys(dates.errors).length) return show(ctx, meetingRefusedPage(dates.typed, dates.errors), 400);
        const period = { ...defaultPeriod(deps.clock()), ...dates.period };
        show(ctx, meetingPage(await meetingSummary(storage, period, deps.signature), lookup));
      },
    },
    {
      method: 'GET',
      path: PATHS.agenda,
      access: 'session',
      async handle(ctx) {
        const rows = splitAgenda(await storage.agenda.list(), deps.clock());
        show(ctx, agendaPage(rows.upcoming, rows.archived, lookup));
      },
    },
    {
      method: 'GET',
      path: `${PATHS.agenda}/nouvelle`,
      access: 'session',
      async handle(ctx) {
        show(ctx, agendaFormPage({ record: undefined, values: {}, errors: new Set(), lookup, session: ctx.session }));
      },
    },
    {
      method: 'POST',
      path: PATHS.agenda,
      access: 'session',
      handle: (ctx) => saveAgendaForm(ctx, undefined),
    },
    {
      method: 'GET',
      path: `${PATHS.agenda}/:id`,
      access: 'session',
      async handle(ctx) {
        const record = await agendaRecord(ctx.req);
        show(ctx, agendaFormPage({ record, values: recordToForm(record), errors: new Set(), lookup, session: ctx.session }));
      },
    },
    {
      method: 'POST',
      path: `${PATHS.agenda}/:id`,
      access: 'session',
      handle: (ctx) => saveAgendaForm(ctx, singleValue(ctx.req.params?.['id'])),
    },
    {
      method: 'GET',
      path: `${PATHS.agenda}/:id/supprimer`,
      access: 'session',
      async handle(ctx) {
        show(ctx, agendaRemovePage(await agendaRecord(ctx.req), ctx.session));
      },
    },
    {
      method: 'POST',
      path: `${PATHS.agenda}/:id/supprimer`,
      access: 'session',
      async handle({ req, res, session }) {
        const record = await agendaRecord(req);
        await actions.removeAgenda(session.username, record.id);
        back(res, PATHS.agenda, 'agendaDeleted');
      },
    },
    {
      method: 'GET',
      path: PATHS.fiches,
      access: 'session',
      async handle(ctx) {
        show(ctx, fichesPage(await entryItems(storage, fiches, deps.clock()), contactItems(fiches, deps.clock()), lookup));
      },
    },
    {
      method: 'GET',
      path: `${PATHS.fiches}/:id`,
      access: 'session',
      handle: (ctx) => showEntryForm(ctx, ficheId(ctx.req)),
    },
    {
      method: 'POST',
      path: `${PATHS.fiches}/:id`,
      access: 'session',
      handle: (ctx) => saveFiche(ctx, 'entry'),
    },
    {
      method: 'POST',
      path: `${PATHS.fiches}/:id/annuler`,
      access: 'session',
      handle: (ctx) => undoFiche(ctx, 'entry'),
    },
    {
      method: 'GET',
      path: `${PATHS.contacts}/:id`,
      access: 'session',
      handle: (ctx) => showContactForm(ctx, ficheId(ctx.req)),
    },
    {
      method: 'POST',
      path: `${PATHS.contacts}/:id`,
      access: 'session',
      handle: (ctx) => saveFiche(ctx, 'contact'),
    },
    {
      method: 'POST',
      path: `${PATHS.contacts}/:id/annuler`,
      access: 'session',
      handle: (ctx) => undoFiche(ctx, 'contact'),
    },
    {
      method: 'GET',
      path: PATHS.journal,
      access: 'session',
      async handle(ctx) {
        show(ctx, journalPage(await storage.audit.list(JOURNAL_LENGTH), lookup));
      },
    },
  ];
}

/** A console file with its ETag, revalidated on every use. */
function sendStatic(req: Request, res: Response, file: Asset, type: string): void {
  res.header('ETag', file.etag);
  // Replaces the router's no-store (restify's res.header() would add a second Cache-Control header).
  res.setHeader('Cache-Control', 'no-cache');
  if (req.header('if-none-match') === file.etag) {
    res.status(304);
    return void res.end();
  }
  res.status(200);
  res.header('Content-Type', type);
  res.end(file.body);
}
