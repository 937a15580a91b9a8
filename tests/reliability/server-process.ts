/**
 * The assistant as its own process, for the crash test (a test cannot kill -9 itself): configured from the
 * environment like `npm start`, it prints one line {"url": "..."} once listening. Run with: node --import tsx.
 */
import { parseConfig } from '../../src/config.js';
import { startAssistant } from '../../src/index.js';

void startAssistant({ config: parseConfig(process.env) }).then((assistant) => {
  process.stdout.write(`${JSON.stringify({ url: assistant.url })}\n`);
});
