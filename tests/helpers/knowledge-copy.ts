/** A throw-away copy of the real knowledge folder, to break one file at a time in tests. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultKnowledgeDir } from '../../src/knowledge/loader.js';

export function copyKnowledge(): { dir: string; edit(file: string, change: (text: string) => string): void } {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-')), 'knowledge');
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const full = path.join(dir, file);
      writeFileSync(full, change(readFileSync(full, 'utf8')));
    },
  };
}
