/**
 * Quick check of single entry files while writing them: `npx tsx src/knowledge/validate-files.ts knowledge/entries/x.yaml ...`.
 * (npm run kb:check validates the whole folder, cross-file rules included.)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { EntryFile } from './schema.js';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = EntryFile.safeParse(parse(readFileSync(file, 'utf8')));
  if (result.success) {
    const phrasings = result.data.entries.map((e) => `${e.id}: ${e.phrasings.fr.length} fr / ${e.phrasings.en.length} en`);
    console.log(`${file}: OK (${phrasings.join('; ')})`);
  } else {
    failed = true;
    for (const issue of result.error.issues) console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
process.exitCode = failed ? 1 : 0;
