import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Heap budget for parsed email bodies. The parser used to append plain text
 * one character at a time, which leaves V8 holding a rope of one-character
 * strings per text node: about 27 KB per template, 0.7 GB for the 27,000
 * templates the content guard checks at 3,000 pages (npm run bench). Measured
 * in a child process with --expose-gc, so the number is the retained heap
 * after a full collection, not allocation noise.
 */
describe('email body parser memory', () => {
  it('keeps under 8 KB of heap per parsed 120-word template (it was 35 KB)', () => {
    const parse = fileURLToPath(new URL('../../src/lib/email/parse.ts', import.meta.url));
    const script = `
      const { parseEmailBody } = await import(${JSON.stringify(parse)});
      const labels = new Map([['Name', 'name'], ['Product', 'product']]);
      const words = Array.from({ length: 120 }, (_, i) => 'word' + i).join(' ');
      const body = 'Hello [Name],\\n\\n' + words + ' about **[Product]** today.\\n\\n- ' + words.slice(0, 200) + '\\n\\nThanks,\\nThe team';
      gc(); const before = process.memoryUsage().heapUsed;
      const kept = [];
      for (let i = 0; i < 3000; i++) kept.push(parseEmailBody(body + ' ' + i, labels).body);
      gc(); const after = process.memoryUsage().heapUsed;
      console.log(JSON.stringify({ perBody: (after - before) / kept.length }));
    `;
    const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const { perBody } = JSON.parse(out) as { perBody: number };
    expect(perBody).toBeGreaterThan(0);
    expect(perBody).toBeLessThan(8 * 1024);
  });
});
