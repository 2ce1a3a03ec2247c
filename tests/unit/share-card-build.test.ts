/**
 * Share cards across real builds (a copy of the project with the small
 * fixture catalogue and its own card cache): the first build renders every
 * card, a second build renders none, and a changed title re-renders only the
 * cards that show it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../support/project-copy.ts';
import { validFiles } from '../support/content-fixture.ts';
import { CATEGORY } from '../support/bad-inputs.ts';
import { pngSize } from '../support/png.ts';

const project = copyProject();
const cache = mkdtempSync(join(tmpdir(), 'mailkit-og-cache-'));
afterAll(() => {
  project.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

/** Reads the integration's summary line: "share cards: N written (R rendered, C from cache)". */
function build() {
  const { status, output } = project.build({ SHARE_CARD_CACHE: cache });
  expect(status, output).toBe(0);
  const m = /share cards: (\d+) written \((\d+) rendered, (\d+) from cache\)/.exec(output);
  expect(m, output).not.toBeNull();
  const [written, rendered, reused] = m!.slice(1).map(Number) as [number, number, number];
  return { written, rendered, reused };
}

const card = (path: string) => readFileSync(join(project.root, 'dist', 'og', path));

describe('share cards across builds', { timeout: 300_000 }, () => {
  it('renders every card once, then reuses the cache, and re-renders what a changed title touches', () => {
    const first = build();
    expect(first.written).toBeGreaterThan(10);
    expect(first).toMatchObject({ rendered: first.written, reused: 0 });
    expect(pngSize(card('en/subscription-cancellation.png'))).toEqual({ width: 1200, height: 630 });
    const before = { category: card('en/subscription-cancellation.png'), home: card('en.png') };

    const second = build();
    expect(second).toEqual({ written: first.written, rendered: 0, reused: first.written });

    project.write(CATEGORY, validFiles[CATEGORY]!.replace('title: Subscription cancellation email templates', 'title: Cancellation email templates'));
    const third = build();
    // The English page and the other locales' fallback copies of it show the new title; nothing else changed.
    expect(third.rendered).toBeGreaterThan(0);
    expect(third.rendered).toBeLessThan(first.written / 2);
    expect(third.reused).toBe(first.written - third.rendered);
    expect(card('en/subscription-cancellation.png').equals(before.category)).toBe(false);
    expect(card('en.png').equals(before.home)).toBe(true);
  });
});
