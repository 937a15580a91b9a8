/**
 * The console's files (src/staff/assets/: the one style sheet and the favicon), each read once. The compiled code
 * runs from dist/, where the compiler copies no CSS, so the files are looked up from here towards the project root.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function find(name: string): string {
  const relative = path.join('src', 'staff', 'assets', name);
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'assets', name))) return path.join(dir, 'assets', name);
    if (existsSync(path.join(dir, relative))) return path.join(dir, relative);
    dir = path.dirname(dir);
  }
  return path.resolve(relative);
}

export interface Asset {
  body: string;
  etag: string;
}

const loaded = new Map<string, Asset>();

function load(name: string): Asset {
  let found = loaded.get(name);
  if (!found) {
    const body = readFileSync(find(name), 'utf8');
    found = { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` };
    loaded.set(name, found);
  }
  return found;
}

export function stylesheet(): Asset {
  return load('staff.css');
}

export function favicon(): Asset {
  return load('favicon.svg');
}
