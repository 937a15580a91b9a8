import { createCore } from './src/core.js';
import { readFileSync } from 'node:fs';
const core = createCore();
const eng: any = core.engine;
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
for (const line of lines) {
  const [q, expect] = line.split('\t');
  const d = core.engine.decide(q);
  const toks = eng.normaliser.normalise(q).tokens.map((t: any) => {
    const m = eng.index.match(t);
    const known = m.length ? '' : '?';
    return `${t.word}${t.word !== t.stem ? '/' + t.stem : ''}${known}${t.weak ? '~' : ''}`;
  });
  const topic = d.kind === 'answer' ? d.topic : d.kind + ':' + d.candidates.map((c: any) => c.topic).slice(0, 3).join(',');
  const ok = expect ? (d.kind === 'answer' && d.topic === expect ? 'OK ' : 'XX ') : '';
  console.log(`${ok}${q}  => ${topic} ${d.score.toFixed(2)}  [${toks.join(' ')}]`);
}
