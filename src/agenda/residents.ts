/**
 * What residents may be told of the agenda. The shipped agenda (knowledge/agenda.yaml) is sample data, flagged
 * `sample: true`, and so is any action staff tick as an example: residents never see those, unless the documented
 * demo mode is on (DEMO_AGENDA=1, for showing the assistant with a filled-in agenda — docs/operating.md).
 */
import { AgendaBook, type AgendaAction } from '../engine/agenda.js';

/** DEMO_AGENDA=1 / true / yes turns the demo mode on (read from the environment by the tools without a config). */
export function demoAgendaFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'true', 'yes'].includes((env['DEMO_AGENDA'] ?? '').trim().toLowerCase());
}

/** The actions residents are told about: the real ones, or all of them in demo mode. */
export function residentsActions(actions: readonly AgendaAction[], demo: boolean): AgendaAction[] {
  return demo ? [...actions] : actions.filter((a) => !a.sample);
}

export function residentsAgenda(actions: readonly AgendaAction[], demo: boolean): AgendaBook {
  return new AgendaBook(residentsActions(actions, demo));
}
