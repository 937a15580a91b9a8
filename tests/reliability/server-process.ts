/**
 * The assistant as its own process, for the crash test (a test cannot kill -9 itself): configured from the
 * environment like `npm start`, it prints one line {"url": "..."} once listening. Run with: node --import tsx.
 */
import { parseConfig } from '../../src/config.js';
import { Engine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { startAssistant } from '../../src/index.js';

const start = (): void => {
  void startAssistant({ config: parseConfig(process.env) }).then((assistant) => {
    process.stdout.write(`${JSON.stringify({ url: assistant.url })}\n`);
  });
};

// START_ON_STDIN=1 (tests/support/server-process.ts, prepareServerProcess): the code is loaded and warmed now (a
// knowledge and an engine built once and dropped: the start's own are then built by warm code), it prints
// {"warm":true}, and the assistant starts — opening its storage — once stdin ends.
if (process.env['START_ON_STDIN'] === '1') {
  new Engine(loadKnowledge(parseConfig(process.env).KNOWLEDGE_DIR));
  process.stdout.write(`${JSON.stringify({ warm: true })}\n`);
  process.stdin.resume();
  process.stdin.once('end', start);
} else {
  start();
}
