import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Right-to-left must work the day Arabic is switched on, so styles may only
 * use logical properties (margin-inline-start, inset-inline-end, text-align:
 * start …). This scans every stylesheet and <style> block in src/.
 */
const physical = [
  /(?:margin|padding|border)-(?:left|right)\b/,
  /(?<![-\w])(?:left|right)\s*:/,
  /text-align\s*:\s*(?:left|right)/,
  /float\s*:\s*(?:left|right)/,
  /clear\s*:\s*(?:left|right)/,
  /border-(?:top|bottom)-(?:left|right)-radius/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(css|astro)$/.test(n) ? [p] : [];
  });
}

function styles(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

describe('styles use logical properties only', () => {
  const all = files('src');
  it('finds the stylesheets', () => {
    expect(all.some((f) => f.endsWith('global.css'))).toBe(true);
    expect(all.some((f) => f.endsWith(`critical${sep}base.css`))).toBe(true);
  });
  it.each(all)('%s', (file) => {
    const css = styles(file).replace(/\/\*[\s\S]*?\*\//g, '');
    const hits = css.split('\n').filter((line) => physical.some((re) => re.test(line)));
    expect(hits, `physical properties in ${file}`).toEqual([]);
  });
  it('would catch a physical property', () => {
    expect(physical.some((re) => re.test('  margin-left: 1rem;'))).toBe(true);
    expect(physical.some((re) => re.test('  inset-inline-start: 0;'))).toBe(false);
  });
});
