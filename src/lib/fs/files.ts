import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, recursively (none when `dir` does not exist). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
