/**
 * The agenda residents are told about: kept in storage (staff edit it from the console), seeded on first start
 * from knowledge/agenda.yaml (sample data, flagged as such), and held in memory as an AgendaBook so answering
 * does no I/O. Staff changes call reload(): the bot's next answer uses them.
 */
import { AgendaBook, type AgendaAction } from '../engine/agenda.js';
import { residentsAgenda } from './residents.js';
import type { Knowledge } from '../knowledge/loader.js';
import type { AgendaRecord, AgendaStore } from '../storage/types.js';

export class LiveAgenda {
  private book = new AgendaBook([]);

  /** `demo`: residents are also told the sample actions (DEMO_AGENDA=1); otherwise only real ones reach them. */
  constructor(
    private readonly store: AgendaStore,
    private readonly options: { demo?: boolean } = {},
  ) {}

  /** Seeds an empty store with the knowledge's agenda file, then loads. */
  async start(knowledge: Knowledge): Promise<void> {
    if ((await this.store.count()) === 0) {
      for (const item of knowledge.agenda.items) {
        await this.store.put({ ...item, sample: knowledge.agenda.sample, updatedBy: null });
      }
    }
    await this.reload();
  }

  async reload(): Promise<void> {
    this.book = residentsAgenda((await this.store.list()).map(toAction), this.options.demo === true);
  }

  /** The agenda residents are told about (no sample action outside the demo mode). */
  current(): AgendaBook {
    return this.book;
  }
}

export function toAction(record: AgendaRecord): AgendaAction {
  const { updatedAt: _updatedAt, updatedBy: _updatedBy, ...action } = record;
  return action;
}
