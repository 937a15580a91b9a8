/**
 * The console's JSON API under /staff/api/, for the pages' own needs and for other tools of the commune
 * (documented in the README). Every route but login needs the session cookie; every change needs X-CSRF-Token.
 */
import type { Request } from 'restify';
import { formatRemarques, allRemarques, type ExportFormat } from '../storage/export.js';
import type { FicheKind, FicheVersion, Remarque, RemarquePatch } from '../storage/types.js';
import { checkAgenda, makeId, mergePatch, type Checked } from './agenda-input.js';
import { MAX_BULK } from './actions.js';
import { clearedCookie, signedInCookies, signInAddress, type StaffDeps } from './deps.js';
import { DEVICE_COOKIE } from './devices.js';
import { idList, remarqueQuery, singleValue, toStatus } from './filters.js';
import { groupedRemarques, splitAgenda } from './queries.js';
import { contactItem, contactItems, entryItem, entryItems, topicDemand } from './fiches.js';
import { dashboard, defaultPeriod, meetingSummary, parisDate } from './reports.js';
import { agendaRecordOf, jsonBodyOf, numericId, queryOf } from './request.js';
import { field, HttpError, inertJson, readCookie, sendJson, type Context, type StaffRoute } from './router.js';

const AUDIT_PAGE = 200;

/** A remarque as the API shows it (the fields the issue names; the exports have them all). */
export function remarqueJson(r: Remarque) {
  return { id: r.id, createdAt: r.createdAt, text: r.text, kind: r.kind, status: r.status, topic: r.topic, note: r.note };
}

/** {"status"?, "note"?} → a store patch; statuses with or without accents. */
export function remarquePatch(body: Record<string, unknown>): RemarquePatch {
  const patch: RemarquePatch = {};
  if (body['status'] !== undefined) {
    const status = toStatus(body['status']);
    if (!status) throw new HttpError(400, 'invalid', [{ path: 'status', message: 'unknown status' }]);
    patch.status = status;
  }
  if (body['note'] !== undefined) {
    if (body['note'] !== null && typeof body['note'] !== 'string') throw new HttpError(400, 'invalid', [{ path: 'note', message: 'must be a string or null' }]);
    patch.note = body['note'];
  }
  if (patch.status === undefined && patch.note === undefined) throw new HttpError(400, 'invalid', [{ path: 'status', message: 'give status and/or note' }]);
  return patch;
}

function agendaOrFail(checked: Checked): Extract<Checked, { ok: true }> {
  if (!checked.ok) throw new HttpError(400, 'invalid', checked.issues);
  return checked;
}

async function exportRemarques(deps: StaffDeps, ctx: Context, format: ExportFormat): Promise<void> {
  const { filter } = remarqueQuery(queryOf(ctx.req));
  const { limit: _limit, offset: _offset, ...all } = filter;
  const labels = { topic: (id: string) => deps.lookup.topicLabel(id), entry: (id: string) => deps.lookup.entryTitle(id) };
  const content = formatRemarques(await allRemarques(deps.storage.remarques, all), format, labels);
  const name = `remarques-${parisDate(deps.clock())}.${format}`;
  ctx.res.status(200);
  ctx.res.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  ctx.res.header('Content-Disposition', `attachment; filename="${name}"`);
  ctx.res.end(format === 'json' ? inertJson(content) : content);
}

export function apiRoutes(deps: StaffDeps): StaffRoute[] {
  const { storage, actions, lookup } = deps;
  const agendaRecord = (req: Request) => agendaRecordOf(storage.agenda, req);
  return [
    {
      method: 'POST',
      path: '/staff/api/login',
      access: 'public',
      async handle({ req, res }) {
        const username = field(req, 'username');
        const password = field(req, 'password');
        if (typeof username !== 'string' || typeof password !== 'string') throw new HttpError(400, 'expectedCredentials');
        const result = await deps.sessions.signIn(username, password, signInAddress(deps, req), readCookie(req, DEVICE_COOKIE));
        if (!result.ok && result.reason === 'rate-limited') {
          res.header('Retry-After', String(result.retryAfterSeconds));
          throw new HttpError(429, 'rateLimited');
        }
        if (!result.ok) throw new HttpError(401, 'badCredentials');
        res.setHeader('Set-Cookie', signedInCookies(deps, result.token, result.device, deps.sessions.maxAgeSeconds));
        sendJson(res, 200, { csrfToken: result.session.csrfToken });
      },
    },
    {
      method: 'POST',
      path: '/staff/api/logout',
      access: 'session',
      async handle({ req, res }) {
        await deps.sessions.signOut(readCookie(req, deps.cookie.name));
        res.header('Set-Cookie', clearedCookie(deps));
        sendJson(res, 200, { ok: true });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/session',
      access: 'session',
      async handle({ res, session }) {
        sendJson(res, 200, { username: session.username, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/remarques',
      access: 'session',
      async handle({ req, res }) {
        const { items, total } = await storage.remarques.list(remarqueQuery(queryOf(req)).filter);
        sendJson(res, 200, { items: items.map(remarqueJson), total });
      },
    },
    {
      method: 'PATCH',
      path: '/staff/api/remarques',
      access: 'session',
      async handle({ req, res, session }) {
        const body = jsonBodyOf(req);
        const updated = await actions.updateRemarques(session.username, idList(body['ids'], MAX_BULK), remarquePatch(body));
        sendJson(res, 200, { updated });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/remarques.csv',
      access: 'session',
      handle: (ctx) => exportRemarques(deps, ctx, 'csv'),
    },
    {
      method: 'GET',
      path: '/staff/api/remarques.json',
      access: 'session',
      handle: (ctx) => exportRemarques(deps, ctx, 'json'),
    },
    {
      method: 'GET',
      path: '/staff/api/remarques/groups',
      access: 'session',
      async handle({ req, res }) {
        const { filter, page } = remarqueQuery(queryOf(req));
        const { limit: _limit, offset: _offset, ...all } = filter;
        const grouped = await groupedRemarques(storage.remarques, all, page, deps.signature);
        sendJson(res, 200, {
          groups: grouped.groups.map((g) => ({ count: g.items.length, ids: g.items.map((r) => r.id), remarque: remarqueJson(g.items[0] as Remarque) })),
          total: grouped.total,
          page: grouped.page,
          pages: grouped.pages,
        });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/remarques/:id',
      access: 'session',
      async handle({ req, res }) {
        const remarque = await storage.remarques.get(numericId(req));
        if (!remarque) throw new HttpError(404, 'notFound');
        sendJson(res, 200, remarqueJson(remarque));
      },
    },
    {
      method: 'PATCH',
      path: '/staff/api/remarques/:id',
      access: 'session',
      async handle({ req, res, session }) {
        const updated = await actions.updateRemarque(session.username, numericId(req), remarquePatch(jsonBodyOf(req)));
        sendJson(res, 200, remarqueJson(updated));
      },
    },
    {
      method: 'POST',
      path: '/staff/api/remarques/:id/teach',
      access: 'session',
      async handle({ req, res, session }) {
        const entryId = jsonBodyOf(req)['entryId'];
        if (typeof entryId !== 'string') throw new HttpError(400, 'unknownEntry', [{ path: 'entryId', message: 'required' }]);
        const taught = await actions.teach(session.username, numericId(req), entryId);
        sendJson(res, 201, { phrasing: taught.phrasing, remarque: remarqueJson(taught.remarque), answersNow: taught.answersNow });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/phrasings',
      access: 'session',
      async handle({ res }) {
        sendJson(res, 200, { items: await storage.phrasings.all() });
      },
    },
    {
      method: 'POST',
      path: '/staff/api/phrasings/:id/undo',
      access: 'session',
      async handle({ req, res, session }) {
        sendJson(res, 200, { phrasing: await actions.undo(session.username, numericId(req)) });
      },
    },
    ...ficheRoutes(deps),
    {
      method: 'GET',
      path: '/staff/api/agenda',
      access: 'session',
      async handle({ res }) {
        const rows = splitAgenda(await storage.agenda.list(), deps.clock());
        sendJson(res, 200, {
          items: [...rows.upcoming.map((r) => ({ ...r.record, archived: false, next: r.next })), ...rows.archived.map((r) => ({ ...r.record, archived: true }))],
        });
      },
    },
    {
      method: 'POST',
      path: '/staff/api/agenda',
      access: 'session',
      async handle({ req, res, session }) {
        const body = jsonBodyOf(req);
        const taken = new Set((await storage.agenda.list()).map((r) => r.id));
        const title = body['title'];
        const frTitle = typeof title === 'object' && title !== null ? Reflect.get(title, 'fr') : title;
        const id = typeof body['id'] === 'string' && body['id'] !== '' ? body['id'] : makeId(String(frTitle ?? ''), String(body['date'] ?? ''), taken);
        if (taken.has(id)) throw new HttpError(409, 'conflict');
        const { item, sample } = agendaOrFail(checkAgenda({ ...body, id }, lookup, body['sample'] === true));
        const { record } = await actions.saveAgenda(session.username, item, sample);
        sendJson(res, 201, record);
      },
    },
    {
      method: 'GET',
      path: '/staff/api/agenda/:id',
      access: 'session',
      async handle({ req, res }) {
        sendJson(res, 200, await agendaRecord(req));
      },
    },
    {
      method: 'PATCH',
      path: '/staff/api/agenda/:id',
      access: 'session',
      async handle({ req, res, session }) {
        const existing = await agendaRecord(req);
        const body = jsonBodyOf(req);
        const sample = typeof body['sample'] === 'boolean' ? body['sample'] : existing.sample;
        const { item } = agendaOrFail(checkAgenda(mergePatch(existing, body), lookup, sample));
        const { record } = await actions.saveAgenda(session.username, item, sample);
        sendJson(res, 200, record);
      },
    },
    {
      method: 'DELETE',
      path: '/staff/api/agenda/:id',
      access: 'session',
      async handle({ req, res, session }) {
        const existing = await agendaRecord(req);
        await actions.removeAgenda(session.username, existing.id);
        res.status(204);
        res.end();
      },
    },
    {
      method: 'GET',
      path: '/staff/api/dashboard',
      access: 'session',
      async handle({ res }) {
        const data = await dashboard(storage, deps.clock());
        sendJson(res, 200, { ...data, waiting: { ...data.waiting, latest: data.waiting.latest.map(remarqueJson) } });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/summary',
      access: 'session',
      async handle({ req, res }) {
        const q = queryOf(req);
        const period = { ...defaultPeriod(deps.clock()), ...definedPeriod(q) };
        const summary = await meetingSummary(storage, period, deps.signature);
        sendJson(res, 200, { ...summary, suggestions: summary.suggestions.map(remarqueJson) });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/audit',
      access: 'session',
      async handle({ res }) {
        sendJson(res, 200, { items: await storage.audit.list(AUDIT_PAGE) });
      },
    },
  ];
}

/** One version of a fiche in its history: who changed what and when, and whether (and by whom) it was undone. */
export function versionJson(v: FicheVersion) {
  return { id: v.id, at: v.createdAt, author: v.createdBy, changes: v.patch, undone: v.revertedAt ? { at: v.revertedAt, by: v.revertedBy } : null };
}

function idParam(req: Request): string {
  const id: unknown = req.params?.['id'];
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new HttpError(404, 'notFound');
  return id;
}

/** The fiches (issue 10 part 3): entries' practical details and answer, and contacts, with history and undo. */
function ficheRoutes(deps: StaffDeps): StaffRoute[] {
  const { fiches, storage, actions } = deps;
  const entryJson = async (id: string) => {
    const entry = fiches.entry(id);
    if (!entry) throw new HttpError(404, 'notFound');
    const asked = (await topicDemand(storage, deps.clock())).get(entry.topic) ?? 0;
    return entryItem(entry, fiches, asked, deps.clock());
  };
  const contactJson = (id: string) => {
    const contact = fiches.contact(id);
    if (!contact) throw new HttpError(404, 'notFound');
    return contactItem(contact, fiches, deps.clock());
  };
  const history = (kind: FicheKind): StaffRoute => ({
    method: 'GET',
    path: `/staff/api/${kind === 'entry' ? 'entries' : 'contacts'}/:id/history`,
    access: 'session',
    async handle({ req, res }) {
      const id = idParam(req);
      if (!(kind === 'entry' ? fiches.entry(id) : fiches.contact(id))) throw new HttpError(404, 'notFound');
      sendJson(res, 200, { items: (await storage.fiches.history(kind, id)).map(versionJson) });
    },
  });
  /** Undoes the fiche's last change still in force, and answers with the fiche as it now is. */
  const undo = (kind: FicheKind, json: (id: string) => unknown): StaffRoute => ({
    method: 'POST',
    path: `/staff/api/${kind === 'entry' ? 'entries' : 'contacts'}/:id/undo`,
    access: 'session',
    async handle({ req, res, session }) {
      const id = idParam(req);
      await actions.undoFiche(session.username, kind, id);
      sendJson(res, 200, await json(id));
    },
  });
  return [
    {
      method: 'GET',
      path: '/staff/api/entries',
      access: 'session',
      async handle({ res }) {
        sendJson(res, 200, { topics: deps.lookup.topics, items: await entryItems(storage, fiches, deps.clock()) });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/entries/:id',
      access: 'session',
      async handle({ req, res }) {
        sendJson(res, 200, await entryJson(idParam(req)));
      },
    },
    {
      method: 'PATCH',
      path: '/staff/api/entries/:id',
      access: 'session',
      async handle({ req, res, session }) {
        const entry = await actions.saveEntry(session.username, idParam(req), jsonBodyOf(req));
        sendJson(res, 200, await entryJson(entry.id));
      },
    },
    history('entry'),
    undo('entry', entryJson),
    {
      method: 'GET',
      path: '/staff/api/contacts',
      access: 'session',
      async handle({ res }) {
        sendJson(res, 200, { items: contactItems(fiches, deps.clock()) });
      },
    },
    {
      method: 'GET',
      path: '/staff/api/contacts/:id',
      access: 'session',
      async handle({ req, res }) {
        sendJson(res, 200, contactJson(idParam(req)));
      },
    },
    {
      method: 'PATCH',
      path: '/staff/api/contacts/:id',
      access: 'session',
      async handle({ req, res, session }) {
        const contact = await actions.saveContact(session.username, idParam(req), jsonBodyOf(req));
        sendJson(res, 200, contactJson(contact.id));
      },
    },
    history('contact'),
    undo('contact', contactJson),
  ];
}

/** from/to given in the query (YYYY-MM-DD), leaving out the missing ones. */
export function definedPeriod(q: Record<string, unknown>): { from?: string; to?: string } {
  const from = singleValue(q['from']);
  const to = singleValue(q['to']);
  return { ...(from && { from }), ...(to && { to }) };
}
