/**
 * Where the widget's files are on disk, whether the server runs from the TypeScript sources (tests, tsx) or from
 * the compiled dist/ (npm start): the assets stay in src/channels/widget/assets, Web Chat in its npm package.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ASSETS = path.join('src', 'channels', 'widget', 'assets');

/** The project root: the nearest folder above this module holding the widget's assets. */
function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, ASSETS))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export function assetPath(name: string): string {
  return path.join(projectRoot(), ASSETS, name);
}

/** Web Chat's full browser bundle and its version, from the installed package (resolved like any dependency). */
export function webChatBundle(): { body: Buffer; version: string } {
  // The package's "exports" hide dist/ and package.json from require.resolve; its main entry leads to its folder.
  let dir = path.dirname(require.resolve('botframework-webchat'));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { body: readFileSync(path.join(dir, 'dist', 'webchat.js')), version };
}
