/**
 * The parts every entry point shares — knowledge, engine, agenda — built once. The command-line tools use this
 * directly; the server's composition root (src/index.ts) adds storage, the bot and the channels on top.
 */
import type { CoreServices } from '../dialogs/contract.js';
import { demoAgendaFromEnv, residentsAgenda } from './agenda/residents.js';
import type { AgendaBook, AgendaAction } from './engine/agenda.js';
import { ConversationWords } from './engine/conversation-words.js';
import { Engine, type TaughtPhrasing } from './engine/engine.js';
import type { TypoMatching } from './engine/search-index.js';
import { loadKnowledge, type Knowledge } from './knowledge/loader.js';
import { composeDetail } from './replies/compose.js';
import { shippedReader, shippedReaderOf, type FicheReader } from './replies/details.js';

export interface Core {
  knowledge: Knowledge;
  engine: Engine;
  /** The agenda residents are told about (sample actions only in the demo mode, DEMO_AGENDA=1). */
  agenda: AgendaBook;
  /** The fiches (entries' details, contacts) replies read. */
  fiches: FicheReader;
}

export function agendaFromKnowledge(knowledge: Knowledge): AgendaAction[] {
  return knowledge.agenda.items.map((item) => ({ ...item, sample: knowledge.agenda.sample }));
}

/** `typos`: how misspelt words are matched (the default, or a variant compared by `npm run eval:typos`). */
export function createCore(options: { knowledgeDir?: string; taught?: TaughtPhrasing[]; demoAgenda?: boolean; typos?: TypoMatching } = {}): Core {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const engine = new Engine(knowledge, { taught: options.taught, typos: options.typos });
  const agenda = residentsAgenda(agendaFromKnowledge(knowledge), options.demoAgenda ?? demoAgendaFromEnv());
  return { knowledge, engine, agenda, fiches: shippedReader(knowledge) };
}

/**
 * The conversation core's services (dialogs/contract.ts) over an engine, an agenda and the fiches. `keep` is the
 * edge's: the default keeps nothing and says so (`npm run chat`); the bot stores remarques (src/bot/assemble.ts).
 */
export function conversationServices(
  parts: { engine: Engine; agenda: () => AgendaBook; clock: () => Date; fiches?: () => FicheReader },
  keep: CoreServices['keep'] = async () => 'nowhere',
): CoreServices {
  const { engine, agenda, clock } = parts;
  const fiches = parts.fiches ?? (() => shippedReaderOf(engine.knowledge));
  return {
    engine,
    words: new ConversationWords(engine.knowledge.conversation, engine.normaliser),
    agenda,
    fiches,
    keep,
    detail: (entry, field, context) => composeDetail(entry, field, { locale: context.locale, now: context.now, agenda: agenda(), fiches: fiches() }),
    clock,
  };
}
