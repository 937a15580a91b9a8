/**
 * `npm run chat`: talk with the assistant in the terminal, on the same engine, knowledge and wording as the bot.
 * Nothing is stored (use the server for the full conversation with remarques). Type "quit" to leave.
 */
import { createInterface } from 'node:readline/promises';
import { createCore } from '../core.js';
import { toLocale } from '../replies/i18n.js';
import { firstMessageText } from '../replies/compose.js';
import { exitOnKnowledgeError, option } from './common.js';

async function main(): Promise<void> {
  const core = exitOnKnowledgeError(() => createCore());
  const locale = toLocale(option(process.argv.slice(2), '--locale'));
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log(locale === 'fr' ? 'Assistant du quartier Renaissance — écrivez votre question (« quit » pour sortir).' : 'Renaissance neighbourhood assistant — type your question ("quit" to leave).');
  for (;;) {
    const question = (await rl.question('\n> ').catch(() => 'quit')).trim();
    if (!question) continue;
    if (/^(quit|exit|q)$/i.test(question)) break;
    const decision = core.engine.decide(question);
    console.log(`\n${firstMessageText(decision, { locale, now: new Date(), agenda: core.agenda, fiches: core.fiches }, false)}`);
  }
  rl.close();
}

if (require.main === module) void main();
