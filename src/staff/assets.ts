/**
 * The console's one style sheet (src/staff/assets/staff.css), read once. The compiled code runs from dist/, where
 * the compiler copies no CSS, so the file is looked up from here towards the project root.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const RELATIVE = path.join('src', 'staff', 'assets', 'staff.css');

function find(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'assets', 'staff.css'))) return path.join(dir, 'assets', 'staff.css');
    if (existsSync(path.join(dir, RELATIVE))) return path.join(dir, RELATIVE);
    dir = path.dirname(dir);
  }
  return path.resolve(RELATIVE);
}

export interface Asset {
  body: string;
  etag: string;
}

let css: Asset | undefined;

export function stylesheet(): Asset {
  if (!css) {
    const body = readFileSync(find(), 'utf8');
    css = { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` };
  }
  return css;
}
