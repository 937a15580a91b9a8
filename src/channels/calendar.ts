/**
 * The agenda as iCalendar for residents' phones and the communes' sites: `GET /agenda.ics` (every real upcoming
 * action; subscribe to it) and `GET /agenda/<id>.ics` (one action: what the web widget offers as "ajouter à mon
 * agenda"). Sample actions are never published (src/agenda/ical.ts). No cookie, no personal data: public.
 */
import type { Request, Response, Server } from 'restify';
import { agendaCalendar } from '../agenda/ical.js';
import type { AgendaBook } from '../engine/agenda.js';
import { toLocale } from '../replies/i18n.js';

export interface CalendarParts {
  agenda: () => AgendaBook;
  clock: () => Date;
  publicUrl: string | undefined;
}

const ACTION_ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

export function installCalendarRoutes(server: Server, parts: CalendarParts): void {
  const host = parts.publicUrl ? new URL(parts.publicUrl).host : 'renaissance.quartier';
  const send = (req: Request, res: Response, only?: string) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const locale = toLocale(typeof query['lang'] === 'string' ? query['lang'] : undefined);
    const body = agendaCalendar(parts.agenda(), { now: parts.clock(), locale, host, ...(only === undefined ? {} : { only }) });
    if (body === undefined) {
      res.status(404);
      res.header('Content-Type', 'text/plain; charset=utf-8');
      res.end('No such action on the agenda.');
      return;
    }
    res.status(200);
    res.header('Content-Type', 'text/calendar; charset=utf-8');
    res.header('Cache-Control', 'public, max-age=300');
    if (only !== undefined) res.header('Content-Disposition', `attachment; filename="${only}.ics"`);
    res.end(body);
  };
  server.get('/agenda.ics', async (req: Request, res: Response) => send(req, res));
  server.get('/agenda/:file', async (req: Request, res: Response) => {
    const file = String((req.params as Record<string, unknown>)['file'] ?? '');
    const id = file.endsWith('.ics') ? file.slice(0, -4) : '';
    if (!ACTION_ID.test(id)) {
      res.status(404);
      res.header('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found.');
      return;
    }
    send(req, res, id);
  });
}
