/**
 * The parts every entry point shares — knowledge, engine, agenda — built once. The command-line tools use this
 * directly; the server's composition root (src/index.ts) adds storage, the bot and the channels on top.
 */
import { AgendaBook, type AgendaAction } from './engine/agenda.js';
import { Engine, type TaughtPhrasing } from './engine/engine.js';
import { loadKnowledge, type Knowledge } from './knowledge/loader.js';

export interface Core {
  knowledge: Knowledge;
  engine: Engine;
  agenda: AgendaBook;
}

export function agendaFromKnowledge(knowledge: Knowledge): AgendaAction[] {
  return knowledge.agenda.items.map((item) => ({ ...item, sample: knowledge.agenda.sample }));
}

export function createCore(options: { knowledgeDir?: string; taught?: TaughtPhrasing[] } = {}): Core {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const engine = new Engine(knowledge, { taught: options.taught });
  return { knowledge, engine, agenda: new AgendaBook(agendaFromKnowledge(knowledge)) };
}
