/**
 * A throw-away copy of this project (config, src, public; node_modules
 * symlinked) whose content is replaced by the small valid fixture, so a test
 * can break one file and run a real `astro build` on it.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validFiles, writeUnder } from './content-fixture.ts';

const projectRoot = resolve(import.meta.dirname, '..', '..');

/**
 * The environment without what Vitest puts there: it mirrors import.meta.env
 * into process.env (BASE_URL=/, MODE=test, NODE_ENV=test …), and a child
 * `astro build` would inherit a wrong base and a test-mode build. Nor a
 * hosting platform's variables (src/lib/site-origin.ts reads them), so a copy
 * builds the same on a laptop and in a Netlify, Cloudflare or Vercel build.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|SITE$|BASE$|EXTRA_LOCALES$|NETLIFY$|URL$|CF_PAGES|VERCEL)/.test(key)) delete env[key];
  }
  return env;
}

export interface ProjectCopy {
  root: string;
  write(path: string, content: string): void;
  /** `astro build`. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** `npm run build`: scripts/build.ts, which swaps dist/ in only on success. */
  safeBuild(env?: Record<string, string>): { status: number | null; output: string };
  cleanup(): void;
}

export function copyProject(files: Record<string, string> = validFiles): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'mailkit-build-'));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'src', 'scripts']) {
    cpSync(join(projectRoot, name), join(root, name), {
      recursive: true,
      filter: (src) => !src.startsWith(join(projectRoot, 'src', 'content') + '/'),
    });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const write = (path: string, content: string) => writeUnder(root, path, content);
  for (const [path, content] of Object.entries(files)) write(path, content);
  const bin = join(projectRoot, 'node_modules', '.bin');
  const run = (command: string, args: string[], env: Record<string, string>) => {
    const child = spawnSync(join(bin, command), args, {
      cwd: root,
      // The project's Node (node_modules/.bin/node) must come first, as npm scripts have it.
      env: { ...cleanEnv(), ...env, PATH: `${bin}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    return { status: child.status, output: `${child.stdout}\n${child.stderr}` };
  };
  return {
    root,
    write,
    build: (env = {}) => run('astro', ['build'], env),
    safeBuild: (env = {}) => run('node', ['scripts/build.ts'], env),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
