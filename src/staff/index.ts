/**
 * The staff console, served by the assistant's own process: pages under /staff, a JSON API under /staff/api/.
 * The composition root (src/index.ts) mounts it with one line; this module builds its parts from what the root
 * already has (storage, engine, agenda, knowledge, configuration).
 */
import { limiterStoreFor } from '../abuse/limiter-store.js';
import type { LiveAgenda } from '../agenda/live-agenda.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine/engine.js';
import { LiveKnowledge } from '../fiches/live-knowledge.js';
import type { Knowledge } from '../knowledge/loader.js';
import type { Logger } from '../logging.js';
import type { RouteInstaller } from '../server.js';
import type { ChangeKind, Storage } from '../storage/types.js';
import { parseStaffUsers, syncConfiguredAccounts } from './accounts.js';
import { StaffActions } from './actions.js';
import { apiRoutes } from './api.js';
import type { StaffDeps } from './deps.js';
import { createLookup } from './lookup.js';
import { PATHS } from './pages/layout.js';
import { installRoutes, type StaffRoute } from './router.js';
import { SessionManager } from './sessions.js';
import { engineSignature } from './similar.js';
import { errorPage, pageRoutes } from './web.js';

export interface StaffConsoleParts {
  config: Config;
  logger: Logger;
  clock: () => Date;
  storage: Storage;
  knowledge: Knowledge;
  engine: Engine;
  agenda: LiveAgenda;
  /**
   * The fiches the bot answers from: give the composition root's, so staff changes reach the bot. Without it (tests
   * that only list the routes) the console keeps its own copy.
   */
  fiches?: LiveKnowledge;
  /** Tells the other instances that staff changed something (src/instances/change-feed.ts); absent: one instance. */
  announce?: (kind: ChangeKind) => Promise<void>;
}

export const SESSION_COOKIE = 'staff_session';

export function buildStaffDeps(parts: StaffConsoleParts): StaffDeps {
  const { config, storage, engine, agenda, clock, logger } = parts;
  const fiches = parts.fiches ?? new LiveKnowledge(storage.fiches, parts.knowledge);
  const ready = syncConfiguredAccounts(storage.staff, parseStaffUsers(config.STAFF_USERS));
  // A failure here (database down at start) is logged now and surfaces again at each sign-in attempt.
  ready.catch((error: unknown) => logger.error({ err: error }, 'configured staff accounts could not be stored'));
  const answers = (text: string) => {
    const decision = engine.decide(text);
    return decision.kind === 'answer' ? decision.entry.id : undefined;
  };
  const offers = (text: string) => {
    const decision = engine.decide(text);
    return decision.kind === 'clarify' ? decision.candidates.map((c) => c.entry.id) : [];
  };
  return {
    storage,
    clock,
    answers,
    offers,
    lookup: createLookup(parts.knowledge),
    fiches,
    signature: engineSignature((text) => engine.normalise(text)),
    sessions: new SessionManager({
      store: storage.staff,
      clock,
      sessionHours: config.STAFF_SESSION_HOURS,
      maxAttempts: config.STAFF_LOGIN_MAX_ATTEMPTS,
      windowMinutes: config.STAFF_LOGIN_WINDOW_MINUTES,
      ready,
      limiterStore: limiterStoreFor(storage, config.STATE_SALT),
    }),
    actions: new StaffActions({
      storage,
      reindex: async () => {
        engine.setTaughtPhrasings(await storage.phrasings.active());
        await parts.announce?.('phrasings');
      },
      reloadAgenda: async () => {
        await agenda.reload();
        await parts.announce?.('agenda');
      },
      answers,
      entryExists: (id) => engine.entry(id) !== undefined,
      fiches,
      ...(parts.announce ? { announce: parts.announce } : {}),
      clock,
    }),
    cookie: { name: SESSION_COOKIE, secure: (config.PUBLIC_URL ?? '').startsWith('https:') },
    trustProxy: config.TRUST_PROXY,
  };
}

/** Every route of the console (pages and API), as data: the tests enumerate them. */
export function staffRoutes(deps: StaffDeps): StaffRoute[] {
  return [...apiRoutes(deps), ...pageRoutes(deps)];
}

export function staffConsole(parts: StaffConsoleParts): RouteInstaller {
  const deps = buildStaffDeps(parts);
  return (server) =>
    installRoutes(server, staffRoutes(deps), {
      sessions: deps.sessions,
      logger: parts.logger,
      errorPage,
      cookieName: deps.cookie.name,
      loginPath: PATHS.login,
    });
}
