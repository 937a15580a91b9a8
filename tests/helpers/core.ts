/** The real knowledge and engine, built once per test file (building the index takes a moment). */
import { createCore, type Core } from '../../src/core.js';

let core: Core | undefined;

export function realCore(): Core {
  core ??= createCore();
  return core;
}
