/**
 * Answers that help (issue 10): over held-out residents' questions, the share of service answers carrying a phone
 * number, an official web address, a street address or a real date of their own (entry, contact, agenda action),
 * and the share saying a detail is unpublished / to be confirmed / a sample. With the shipped knowledge every control
 * set reaches the target (≥ 90 %: 90.6 to 94.3 % on 2026-12-06; holdout8 93.6 %); and the same sets once staff have filled in
 * the two mairies' contacts. The blind sets (holdout7, holdout9) are not read here: they measure, they are not tuned on.
 */
import { describe, expect, it } from 'vitest';
import { readEvalFile } from '../../src/cli/eval.js';
import { createCore, type Core } from '../../src/core.js';
import { measureUsefulness, UNPUBLISHED } from '../../src/evaluation/usefulness.js';
import type { Contact } from '../../src/knowledge/schema.js';

const HOLDOUTS = ['holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout8', 'dev'].map((f) => `tests/fixtures/${f}.jsonl`);
const core = createCore({ demoAgenda: false });

/** The core as the bot sees it once staff have entered the mairies' practical details (test values, not real ones). */
function withMairiesFilledIn(base: Core): Core {
  const filled: Record<string, Partial<Contact>> = {
    'mairie-labourse': { phone: '03 21 00 00 01', address: '1 place de la Mairie, 62113 Labourse' },
    'mairie-beuvry': { phone: '03 21 00 00 02', address: '1 rue de la Mairie, 62660 Beuvry' },
  };
  return {
    ...base,
    fiches: {
      entry: (id) => base.fiches.entry(id),
      contact: (id) => {
        const contact = base.fiches.contact(id);
        return contact && filled[id] ? { ...contact, ...filled[id] } : contact;
      },
    },
  };
}

describe('usefulness of service answers', () => {
  it.each(HOLDOUTS)('%s with the shipped knowledge: ≥ 0.90 actionable, ≤ 0.05 "unpublished"', (file) => {
    const report = measureUsefulness(core, readEvalFile(file));
    expect(report.answers).toBeGreaterThan(80);
    expect(report.actionableShare, JSON.stringify(report.emptyByEntry)).toBeGreaterThanOrEqual(0.9);
    expect(report.unpublishedShare).toBeLessThanOrEqual(0.05);
  });

  it.each(HOLDOUTS)('%s once staff filled in the mairies: ≥ 0.97 actionable (every answer sending residents there shows them)', (file) => {
    const report = measureUsefulness(withMairiesFilledIn(core), readEvalFile(file));
    expect(report.actionableShare).toBeGreaterThanOrEqual(0.97);
  });

  it('can fail: the sentences the old knowledge said are caught', () => {
    for (const said of [
      'Les dates, le lieu d’arrêt et ce qu’on y fait ne sont pas encore publiés ici.'.replace(/’/g, "'"),
      'À confirmer auprès de la mairie : lieu d’arrêt.',
      '📅 Prochaine date (exemple, à confirmer) : mercredi 2 décembre.',
      'Its dates are not published here yet.',
    ]) expect(UNPUBLISHED.test(said), said).toBe(true);
    expect(UNPUBLISHED.test('Par exemple alcool, cannabis, tabac.')).toBe(false);
  });
});
