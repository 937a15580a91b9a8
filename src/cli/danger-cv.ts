/**
 * `npm run eval:danger-cv [-- --train-dir DIR] [--control] [--misses]`: an honest offline measure of the danger
 * safety net (danger-likelihood.ts), on TRAINING data only. The training corpora come in two halves written by two
 * writers who never saw the code (DIR/E/{danger,ordinary}-train-E.txt and DIR/F/…-F.txt, default tests/fixtures/danger-training): the
 * net learns the knowledge plus one half and is tested on the other, both ways. The lines of the halves that the
 * knowledge already holds (danger-learning.yaml corpus E/F) are taken out of the net's lessons for the fold that
 * tests them, so that a tested line is never a learnt line.
 *
 * Reported, per threshold: held-out danger lines that get the numbers first (signal, urgence answer, or the net's
 * line) and held-out ordinary lines that get a false ⚠️, net alone and end to end. The end-to-end figure reuses the
 * engine's own verdicts (signals, contexts, search), computed once; only the net changes between folds.
 * `--combine`: the nets as shipped (danger-likelihood.ts SafetyNet): the first net (knowledge alone), the second
 * (SECOND_NET, learning the corpora) and the variant as the third (default THIRD_NET), over a grid of the joint
 * threshold of the second and third; the rule before the third net and the shipped thresholds on their own lines. `--knowledge-only`: the net learns the knowledge alone (what it knew before E and F). `--control`: the same figures on the control lists (tests/fixtures danger-fresh*, ordinary-fresh*, blind ones left
 * out) with the shipped net — a held-out check, never a place to choose the threshold.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCore } from '../core.js';
import { DangerLikelihood, SAFETY_LINE_PROBABILITY, SAFETY_THRESHOLDS, SafetyNet, SECOND_NET, THIRD_NET, type NetOptions, type SafetyProbabilities, type SafetyThresholds } from '../engine/danger-likelihood.js';
import type { Engine } from '../engine/engine.js';
import type { Normaliser } from '../engine/normalise.js';

/** As the engine reads a message for the net (engine.ts AS_WRITTEN). */
const AS_WRITTEN = { singularVerbs: false } as const;
import type { Knowledge } from '../knowledge/loader.js';
import { exitOnKnowledgeError, option } from './common.js';
import { FIXTURES, fixtures } from './eval-danger.js';

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The engine's verdict without the net: the numbers first anyway (signal, urgence answer), or never (a context). */
interface Verdict {
  text: string;
  danger: boolean;
  /** Numbers first without the net. */
  without: boolean;
  /** The net's line can matter (no signal, no context). */
  open: boolean;
  /** An entry's phrasing (a plain question), not a look-alike. */
  plain?: boolean;
}

/** `--cache FILE`: the engine's verdicts kept between runs (only the net changes between variants). */
let cache: Map<string, { without: boolean; open: boolean }> | undefined;

function verdicts(engine: Engine, texts: readonly string[], danger: boolean): Verdict[] {
  if (cache && texts.every((t) => cache?.has(t))) return texts.map((text) => ({ text, danger, ...(cache?.get(text) as { without: boolean; open: boolean }) }));
  const inner = engine as unknown as { normaliser: Normaliser; danger: { context(folded: string): string | undefined }; dangerLikelihood: SafetyNet };
  const net = inner.dangerLikelihood;
  const off = { callsForSafetyLine: () => false } as unknown as SafetyNet;
  inner.dangerLikelihood = off;
  try {
    return texts.map((text) => {
      const decision = engine.decide(text);
      const without = (decision.kind === 'answer' && decision.topic === 'urgence') || decision.risk === true;
      const folded = inner.normaliser.foldForPatterns(text.slice(0, 1000));
      const open = !engine.isDanger(text) && inner.danger.context(folded) === undefined;
      cache?.set(text, { without, open });
      return { text, danger, without, open };
    });
  } finally {
    inner.dangerLikelihood = net;
  }
}

const THRESHOLDS = [0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.99];

interface Scored extends Verdict {
  p: number;
}

function report(title: string, scored: readonly Scored[], showMisses: boolean, at = SAFETY_LINE_PROBABILITY): void {
  const danger = scored.filter((s) => s.danger);
  const ordinary = scored.filter((s) => !s.danger && !s.plain);
  const plain = scored.filter((s) => s.plain);
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`.padStart(7);
  console.log(`${title}: ${danger.length} danger, ${ordinary.length} ordinary; without the net ${danger.filter((s) => s.without).length}/${danger.length} caught, ${ordinary.filter((s) => s.without).length}/${ordinary.length} false`);
  console.log('  threshold   net alone: caught   false    |  end to end: caught   false');
  for (const t of THRESHOLDS) {
    const netCaught = danger.filter((s) => s.p >= t).length;
    const netFalse = ordinary.filter((s) => s.p >= t).length;
    const flagged = (s: Scored) => s.without || (s.open && s.p >= t);
    const caught = danger.filter(flagged).length;
    const falseAlarms = ordinary.filter(flagged).length;
    const plainFalse = plain.filter(flagged).length;
    const plainColumn = plain.length > 0 ? `  |  phrasings false ${String(plainFalse).padStart(3)}/${plain.length} ${pct(plainFalse, plain.length)}` : '';
    console.log(`  ${t.toFixed(2).padStart(9)}   ${String(netCaught).padStart(4)} ${pct(netCaught, danger.length)}  ${String(netFalse).padStart(3)} ${pct(netFalse, ordinary.length)}  |  ${String(caught).padStart(4)} ${pct(caught, danger.length)}  ${String(falseAlarms).padStart(3)} ${pct(falseAlarms, ordinary.length)}${plainColumn}`);
  }
  // The threshold chosen for a budget of false alarms: the lowest whose end-to-end false alarms stay within it.
  const budgets = [0.025, 0.03, 0.035, 0.04].map((share) => {
    const budget = Math.floor(share * ordinary.length);
    const candidates = [...new Set(scored.filter((s) => s.open).map((s) => s.p))].sort((a, b) => a - b);
    for (const t of candidates) {
      const flagged = (s: Scored) => s.without || (s.open && s.p >= t);
      if (ordinary.filter(flagged).length <= budget) return `≤ ${(100 * share).toFixed(1)} % false: ${danger.filter(flagged).length} caught (t ${t.toFixed(3)}${plain.length > 0 ? `, phrasings ${plain.filter(flagged).length}` : ''})`;
    }
    return `≤ ${(100 * share).toFixed(1)} %: none`;
  });
  console.log(`  end to end, best threshold per budget: ${budgets.join('; ')}`);
  if (showMisses) {
    const flagged = (s: Scored) => s.without || (s.open && s.p >= at);
    for (const s of danger.filter((x) => !flagged(x))) console.log(`    miss  ${s.p.toFixed(2)}  ${s.text}`);
    for (const s of ordinary.filter((x) => flagged(x))) console.log(`    false ${s.p.toFixed(2)}  ${s.text}`);
  }
}

const JOINTS = [2, 3, 3.5, 4, 4.5, 5, 6, 8];
const FIRST_JOINTS = [Number.POSITIVE_INFINITY, 2, 1, 0.5, 0, -2, Number.NEGATIVE_INFINITY];

/** The nets' verdicts on a held-out line: the first's probability, the second's and the variant's (third's) log-odds. */
interface Nets {
  first: number;
  second: number;
  third: number;
}

/**
 * Pooled figures of the nets together (SafetyNet.calls): the rule before the third net (first ≥ 0.9 unless second
 * < veto, or second ≥ 0.999), then the joint log-odds of the second and the variant (third) over a grid, the first
 * net heard where the joint reaches `firstJoint`; the shipped thresholds on their own line.
 */
function reportPair(name: string, scored: readonly Scored[], netsOf: ReadonlyMap<Scored, Nets>, showMisses: boolean): void {
  const danger = scored.filter((s) => s.danger);
  const ordinary = scored.filter((s) => !s.danger && !s.plain);
  const plain = scored.filter((s) => s.plain);
  const probabilities = (s: Scored): SafetyProbabilities => {
    const n = netsOf.get(s) ?? { first: 0, second: Number.NEGATIVE_INFINITY, third: Number.NEGATIVE_INFINITY };
    return { first: n.first, second: n.second === Number.NEGATIVE_INFINITY ? 0 : 1 / (1 + Math.exp(-n.second)), secondLogOdds: n.second, thirdLogOdds: n.third };
  };
  const count = (list: readonly Scored[], t: SafetyThresholds) => list.filter((s) => s.without || (s.open && SafetyNet.calls(probabilities(s), t))).length;
  const figures = (t: SafetyThresholds) => `${count(danger, t)}/${count(ordinary, t)}/${count(plain, t)}`;
  const before: SafetyThresholds = { first: SAFETY_LINE_PROBABILITY, second: 0.999, floor: 0, veto: 0.4 };
  const firstOnly: SafetyThresholds = { first: SAFETY_LINE_PROBABILITY, second: 2, floor: 0, veto: 0 };
  const shipped = SAFETY_THRESHOLDS;
  console.log(`${name} with the second net, pooled: ${danger.length} danger, ${ordinary.length} look-alikes, ${plain.length} plain questions (caught / false / plain false)`);
  console.log(`  first net alone (${SAFETY_LINE_PROBABILITY}): ${figures(firstOnly)}`);
  console.log(`  the pair before the third net (second 0.999, veto 0.4): ${figures(before)}`);
  console.log(`  shipped (joint ${shipped.joint}, first heard from joint ${shipped.firstJoint}): ${figures(shipped)}`);
  console.log(`  joint (third ≥ ${shipped.third}, or second ≥ ${shipped.second})  first heard from joint: caught / false / plain false`);
  for (const joint of JOINTS) {
    console.log(`  ${joint.toFixed(1).padStart(5)}  ${FIRST_JOINTS.map((f) => `${String(f).padStart(9)}: ${figures({ ...shipped, joint, firstJoint: f })}`).join('  ')}`);
  }
  const FIRST_THIRDS = [Number.NEGATIVE_INFINITY, -1.5, -1, -0.7, -0.5, -0.3, 0, 0.5];
  console.log(`  first heard where the third ≥ (firstThird), firstJoint ${shipped.firstJoint} / 0 / -1 / -3:`);
  for (const firstThird of FIRST_THIRDS) {
    console.log(`  ${String(firstThird).padStart(9)}  ${[shipped.firstJoint ?? 0.5, 0, -1, -3].map((f) => `${String(f).padStart(4)}: ${figures({ ...shipped, firstJoint: f, firstThird })}`).join('  ')}`);
  }
  const THIRDS = [Number.NEGATIVE_INFINITY, 0, 0.5, 1, 1.5, 2];
  console.log(`  the third's own threshold (third) × joint, firstJoint ${shipped.firstJoint}:`);
  for (const third of THIRDS) {
    console.log(`  ${String(third).padStart(9)}  ${[5, 8, 10, 12, 16].map((joint) => `${String(joint).padStart(3)}: ${figures({ ...shipped, joint, third })}`).join('  ')}`);
  }
  if (showMisses) {
    const t = { ...shipped, ...Object.fromEntries((process.env.PAIR ?? '').split(',').filter(Boolean).map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])])) };
    const flagged = (s: Scored) => s.without || (s.open && SafetyNet.calls(probabilities(s), t));
    const show = (s: Scored) => `${probabilities(s).first.toFixed(2)} ${SafetyNet.joint(probabilities(s)).toFixed(1)}`;
    for (const s of danger.filter((x) => !flagged(x))) console.log(`    miss  ${show(s)}  ${s.text}`);
    for (const s of ordinary.filter((x) => flagged(x))) console.log(`    false ${show(s)}  ${s.text}`);
  }
}

function optionList(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1] as string] : []));
}

function parseVariant(text: string): NetOptions {
  const options: Record<string, unknown> = {};
  for (const pair of text.split(',').filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    // `isStopword=none`: words as written without the stopword filter.
    if (key === 'isStopword') {
      options[key] = undefined;
      continue;
    }
    options[key as string] = value === 'true' ? true : value === 'false' ? false : Number.isNaN(Number(value)) ? value : Number(value);
  }
  return options as NetOptions;
}

function withoutLines(knowledge: Knowledge, held: ReadonlySet<string>): Knowledge {
  const keep = (t: string) => !held.has(t.trim());
  return {
    ...knowledge,
    entries: knowledge.entries.map((e) => (e.topic === 'urgence' ? e : { ...e, phrasings: { fr: e.phrasings.fr.filter(keep), en: e.phrasings.en.filter(keep) } })),
    dangerLearning: { danger: knowledge.dangerLearning.danger.filter(keep), ordinary: knowledge.dangerLearning.ordinary.filter(keep) },
    dangerCorpora: { danger: (knowledge.dangerCorpora?.danger ?? []).filter(keep), ordinary: (knowledge.dangerCorpora?.ordinary ?? []).filter(keep) },
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = option(args, '--train-dir') ?? path.join(FIXTURES, 'danger-training');
  const showMisses = args.includes('--misses');
  const cacheFile = option(args, '--cache');
  if (cacheFile) cache = new Map(existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as [string, { without: boolean; open: boolean }][]) : []);
  const { knowledge, engine } = exitOnKnowledgeError(() => createCore());
  const normaliser = (engine as unknown as { normaliser: Normaliser }).normaliser;
  const stemsOf = (text: string) => normaliser.normalise(text, AS_WRITTEN).tokens;
  const tokensOf = (text: string) => normaliser.normalise(text, AS_WRITTEN).tokens;
  const foldedOf = (text: string) => normaliser.foldForPatterns(text.slice(0, 1000));
  // Every corpus of the directory (E, F, I, …): each is tested by a net that learnt the knowledge and all the others.
  const names = readdirSync(dir).filter((name) => existsSync(path.join(dir, name, `danger-train-${name}.txt`))).sort();
  const halves = names.map((name) => {
    const file = (kind: string) => path.join(dir, name, `${kind}-train-${name}.txt`);
    if (!existsSync(file('danger'))) return undefined;
    const danger = lines(file('danger'));
    const ordinary = lines(file('ordinary'));
    return { name, danger, ordinary, verdicts: [...verdicts(engine, danger, true), ...verdicts(engine, ordinary, false)] };
  });
  // `--phrasings`: the ordinary entries' phrasings, the other kind of ordinary message (plain questions), half held out
  // with each fold (every other phrasing): how often the net would put the line on a question it never learnt.
  const phrasings = args.includes('--phrasings')
    ? [...new Set(knowledge.entries.filter((e) => e.topic !== 'urgence').flatMap((e) => [...e.phrasings.fr, ...e.phrasings.en]).map((t) => t.trim()))]
    : [];
  const phrasingHalves = halves.map((_, parity) => {
    const texts = phrasings.filter((_, i) => i % halves.length === parity);
    return { texts, verdicts: verdicts(engine, texts, false).map((v) => ({ ...v, plain: true })) };
  });
  if (cacheFile && cache) writeFileSync(cacheFile, JSON.stringify([...cache]));
  // `--variant model=logistic,l2=0.001` (repeatable): nets compared on the same folds; none means the shipped options.
  const variants = optionList(args, '--variant').map(parseVariant);
  // `--combine`: the SafetyNet — the first net (knowledge alone), the second (SECOND_NET) and this variant as the third
  // (default THIRD_NET), over a grid of the joint threshold.
  const combine = args.includes('--combine');
  if (combine && variants.length === 0) variants.push(THIRD_NET);
  // `--second frames=true`: options added to the second net's (SECOND_NET) for every variant.
  const secondExtra = parseVariant(option(args, '--second') ?? '');
  const netsOf = new Map<Scored, Nets>();
  for (const options of variants.length > 0 ? variants : [{}]) {
    const name = JSON.stringify(options);
    const pooled: Scored[] = [];
    for (const [i, half] of halves.entries()) {
      if (!half) continue;
      // The net learns the knowledge (which may hold the other corpora, never this one) and the other corpora;
      // `--knowledge-only`: the knowledge alone, every corpus taken out of it (what it knew before them).
      const others = halves.filter((h, j) => h && j !== i) as NonNullable<(typeof halves)[number]>[];
      const knowledgeOnly = args.includes('--knowledge-only');
      const held = new Set([...half.danger, ...half.ordinary, ...(phrasingHalves[i]?.texts ?? []), ...(knowledgeOnly ? others.flatMap((o) => [...o.danger, ...o.ordinary]) : [])].map((t) => t.trim()));
      const base = withoutLines(knowledge, held);
      const other = knowledgeOnly || others.length === 0 ? undefined : { name: others.map((o) => o.name).join('+'), danger: others.flatMap((o) => o.danger), ordinary: others.flatMap((o) => o.ordinary) };
      // The other corpora are learnt where the shipped knowledge keeps them: danger-corpora.yaml (the second net's).
      const corpora = base.dangerCorpora ?? { danger: [], ordinary: [] };
      const learnt: Knowledge = other
        ? { ...base, dangerCorpora: { danger: [...new Set([...corpora.danger, ...other.danger])], ordinary: [...new Set([...corpora.ordinary, ...other.ordinary])] } }
        : base;
      const started = Date.now();
      const net = new DangerLikelihood(learnt, stemsOf, foldedOf, { isStopword: (w: string) => normaliser.isStopword(w), corpora: true, ...options });
      const learning = Date.now() - started;
      const scored = [...half.verdicts, ...(phrasingHalves[i]?.verdicts ?? [])].map((v) => ({ ...v, p: net.probability(tokensOf(v.text), foldedOf(v.text)) }));
      if (combine) {
        // The first and second nets of the SafetyNet on the same fold: the knowledge alone (corpora never learnt),
        // shipped options; the knowledge and the other corpora, SECOND_NET. The variant is the third.
        const isStopword = (w: string) => normaliser.isStopword(w);
        const first = new DangerLikelihood(learnt, stemsOf, foldedOf, { isStopword });
        const second = new DangerLikelihood(learnt, stemsOf, foldedOf, { isStopword, ...SECOND_NET, ...secondExtra });
        for (const s of scored) {
          const tokens = tokensOf(s.text);
          const folded = foldedOf(s.text);
          netsOf.set(s, { first: first.probability(tokens, folded), second: second.logOdds(tokens, folded), third: net.logOdds(tokens, folded) });
        }
      }
      pooled.push(...scored);
      if (!args.includes('--pooled-only')) report(`${name} test ${half.name} (learnt: knowledge${other ? ` + ${other.name}` : ''}, ${half.name} held out; ${learning} ms to learn)`, scored, showMisses);
    }
    if (halves.length > 1) report(`${name} pooled ${names.join('+')} (each corpus tested by a net that did not learn it)`, pooled, false);
    if (combine) reportPair(name, pooled, netsOf, showMisses);
    if (combine && process.env.DUMP) writeFileSync(process.env.DUMP, JSON.stringify(pooled.map((s) => ({ d: s.danger, plain: !!s.plain, w: s.without, o: s.open, ...netsOf.get(s) }))));
  }
  if (args.includes('--control')) {
    const shipped = (engine as unknown as { dangerLikelihood: SafetyNet }).dangerLikelihood.first;
    const scoredOf = (file: string, danger: boolean) => verdicts(engine, lines(file), danger).map((v) => ({ ...v, p: shipped.probability(tokensOf(v.text), foldedOf(v.text)) }));
    // The newest lists (measured before anyone tuned on them) apart from the older ones, whose signals were tuned on them.
    const fresh = /-fresh1[56]\.txt$/;
    for (const [title, keep] of [['control lists danger/ordinary-fresh15, -fresh16', (f: string) => fresh.test(f)], ['older control lists', (f: string) => !fresh.test(f)]] as const) {
      const control: Scored[] = [];
      for (const file of fixtures(/^danger-.*\.txt$/).filter(keep)) control.push(...scoredOf(file, true));
      for (const file of fixtures(/^ordinary-.*\.txt$/).filter(keep)) control.push(...scoredOf(file, false));
      report(`${title} (the first net; held-out check only)`, control, showMisses);
    }
  }
}

if (require.main === module) main();
