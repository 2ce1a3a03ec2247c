/**
 * Consistency checks that need no human (issue 15): each locale's style guide
 * exists and its glossary is obeyed, English keeps to US spelling, and the
 * home page promises only categories that exist. The rules live in
 * docs/style/<locale>.md (src/lib/content/style-guide.ts reads them), so the
 * writers' guide and the test can never disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { getDictionary } from '../../src/i18n/ui/index.ts';
import { getPlaceholders } from '../../src/i18n/placeholders/index.ts';
import { listFiles } from '../../src/lib/fs/files.ts';
import { findTerm, parseStyleGuide, proseOf } from '../../src/lib/content/style-guide.ts';
import { checkContent } from '../../src/lib/content/validate.ts';

const root = resolve(import.meta.dirname, '../..');
const contentFiles = (code: string) =>
  ['categories', 'templates', 'guides'].flatMap((c) => {
    const dir = join(root, 'src/content', c, code);
    return existsSync(dir) ? listFiles(dir).filter((f) => /\.mdx?$/.test(f)) : [];
  });

/** Everything a reader of `code` sees: content prose, UI strings and placeholder labels. */
function readerText(code: string): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const file of contentFiles(code)) {
    for (const p of proseOf(readFileSync(file, 'utf8'))) out.push({ where: `${relative(root, file)}:${p.line} › ${p.field}`, text: p.text });
  }
  for (const [key, value] of Object.entries(getDictionary(code))) {
    for (const s of typeof value === 'string' ? [value] : Object.values(value)) out.push({ where: `src/i18n/ui/${code}.ts › ${key}`, text: s });
  }
  for (const [key, entry] of Object.entries(getPlaceholders(code))) out.push({ where: `src/i18n/placeholders/${code}.ts › ${key}.label`, text: entry.label });
  return out;
}

/** The slugs of the categories that exist in a locale. */
const categoriesOf = (code: string) =>
  existsSync(join(root, 'src/content/categories', code))
    ? listFiles(join(root, 'src/content/categories', code)).map((f) => f.replace(/^.*\/|\.mdx?$/g, ''))
    : [];

describe.each(locales.map((l) => [l.code, l.tag] as const))('style guide of %s', (code, tag) => {
  const file = join(root, 'docs/style', `${code}.md`);

  it('exists, is linked from CONTRIBUTING.md, and has a glossary of at least 40 terms', () => {
    expect(existsSync(file), `write docs/style/${code}.md (see CONTRIBUTING.md)`).toBe(true);
    expect(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8')).toContain(`docs/style/${code}.md`);
    const guide = parseStyleGuide(file);
    expect(guide.glossary.length, `docs/style/${code}.md: the glossary table "| term (en) | use | avoid | note |" needs 40 rows`).toBeGreaterThanOrEqual(40);
    for (const row of guide.glossary) expect(row.use, `docs/style/${code}.md:${row.line}: every glossary row names the word we use`).not.toBe('');
  });

  it('is obeyed: no word its glossary says to avoid appears in the locale’s content or UI', () => {
    const guide = parseStyleGuide(file);
    const text = readerText(code);
    const found: string[] = [];
    for (const row of guide.glossary) {
      for (const avoid of row.avoid) {
        for (const t of text) {
          if (row.scope === 'emails' && !t.where.startsWith('src/content/templates/')) continue;
          if (findTerm(t.text, avoid, tag) !== -1) {
            found.push(`${t.where}: "${avoid}" is on the avoid list for "${row.term}" (docs/style/${code}.md:${row.line}); use "${row.use}"`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('names only categories that exist in the home page lead and the site description', () => {
    const guide = parseStyleGuide(file);
    expect(guide.categoryNames.size, `docs/style/${code}.md needs a "## Category names" table | slug | words |`).toBeGreaterThanOrEqual(12);
    const existing = new Set(categoriesOf(code));
    const t = getDictionary(code);
    const claims = ['home.lead', 'site.description'] as const;
    const wrong: string[] = [];
    for (const [slug, words] of guide.categoryNames) {
      if (existing.has(slug)) continue;
      for (const key of claims) {
        for (const w of words) {
          if (findTerm(t[key] as string, w, tag, { prefix: true }) !== -1) wrong.push(`src/i18n/ui/${code}.ts › ${key} mentions "${w}" (${slug}), a category this site does not have yet`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** British forms, and the US form to write instead. Template ids are not prose and are not checked. */
const british: [RegExp, string][] = [
  [/\bcancell(ed|ing)\b/i, 'canceled, canceling'],
  [/\b(favour|colour|behaviour|honour|labour)\w*/i, 'favor, color, behavior, honor, labor'],
  [/\b(centre|centres)\b/i, 'center'],
  [/\b\w+is(e|ed|es|ing|ation)\b/i, '-ize, -ized, -ization'],
  [/\backnowledgement\b/i, 'acknowledgment'],
  [/\bjudgement\b/i, 'judgment'],
  [/\blicence\b/i, 'license'],
  [/\benrol(ment|s)?\b/i, 'enroll, enrollment'],
  [/\b(travell|labell|modell)(ed|ing)\b/i, 'traveled, labeled, modeled'],
  [/\bcheque\b/i, 'check'],
];
/** -ise words that are correct in US English too. */
const iseOk = /^(advertis|advis|apprais|chastis|circumcis|comprom|despis|devis|disguis|enterpris|excis|exercis|expertis|franchis|improvis|incis|mis|noi|pois|prais|precis|premis|promis|revis|ri|supervis|surmis|surpris|televis|wis|concis|cruis|rais|pra|otherw|likew|clockw|vis|ara|pa|eas|expos|propos|suppos|purpos|rever|respons|impuls|sens)/i;

describe('English spelling', () => {
  it('is US English throughout (docs/style/en.md)', () => {
    const found: string[] = [];
    for (const t of readerText('en')) {
      for (const [re, us] of british) {
        const m = re.exec(t.text);
        if (!m) continue;
        const word = m[0];
        if (re.source.includes('\\w+is') && iseOk.test(word)) continue;
        found.push(`${t.where}: "${word}" is British spelling; write ${us}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the consistency rules can fail', () => {
  const guide = parseStyleGuide(
    'fixture.md',
    [
      '| term (en) | use | avoid | note |',
      '|---|---|---|---|',
      '| refund | devolución | reintegro, rembolso | |',
      '| downgrade | pasar a un plan inferior | downgrade | Emails: "downgrade" is fine on pages |',
      '',
      '## Category names',
      '',
      '| slug | words |',
      '|---|---|',
      '| failed-payments | pago fallido, pagos fallidos, impago |',
    ].join('\n'),
  );

  it('reads the glossary and the category names', () => {
    expect(guide.glossary).toEqual([
      { term: 'refund', use: 'devolución', avoid: ['reintegro', 'rembolso'], scope: 'all', line: 3 },
      { term: 'downgrade', use: 'pasar a un plan inferior', avoid: ['downgrade'], scope: 'emails', line: 4 },
    ]);
    expect(guide.categoryNames.get('failed-payments')).toEqual(['pago fallido', 'pagos fallidos', 'impago']);
  });

  it('finds an avoided word as a word, not inside another word, and Thai anywhere', () => {
    expect(findTerm('Le enviamos el reintegro hoy.', 'reintegro', 'es')).toBeGreaterThan(0);
    expect(findTerm('Los reintegros', 'reintegro', 'es')).toBe(-1);
    expect(findTerm('Los reintegros', 'reintegro', 'es', { prefix: true })).toBeGreaterThan(0);
    expect(findTerm('เราจะรีฟันด์ให้', 'รีฟันด์', 'th')).toBeGreaterThan(0);
  });

  it('reads prose without the search keywords, slugs, component tags and link targets', () => {
    const prose = proseOf('---\ntitle: Refund approved\nkeywords:\n  - reimbursement\nrelated: [refund-requests]\n---\nHi [Customer name], see <TemplateLink id="refund-x" /> and [our policy](https://x.test/refund).\n');
    expect(prose.map((p) => p.text)).toEqual(['Refund approved', 'Hi [Customer name], see  and [our policy].', '']);
    expect(prose[1]).toMatchObject({ field: 'body', line: 7 });
  });

  it('flags British spelling', () => {
    const hits = ['Your plan was cancelled.', 'We will personalise it.', 'We apologise.'].filter((s) => british.some(([re]) => re.test(s) && !(re.source.includes('\\w+is') && iseOk.test(re.exec(s)![0]))));
    expect(hits).toHaveLength(3);
    expect(british.some(([re]) => re.test('We promise a surprise.') && !iseOk.test(re.exec('We promise a surprise.')![0]))).toBe(false);
  });
});

describe('search keywords across templates', () => {
  // The dialog puts a result first when the query is exactly one of its keywords: a keyword
  // listed by two templates of a locale would put both first and tell the visitor nothing.
  const { catalogue } = checkContent(resolve(import.meta.dirname, '..', '..'));
  const codes = [...new Set(catalogue.templates.map((t) => t.locale))];
  it.each(codes.map((l) => [l]))('%s: no keyword names two templates', (locale) => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of catalogue.templates.filter((x) => x.locale === locale)) {
      for (const k of t.data.keywords) {
        const key = k.trim().toLocaleLowerCase(locale).replace(/ё/g, 'е');
        const first = seen.get(key);
        if (first && first !== t.file) clashes.push(`"${k}": ${first} and ${t.file}`);
        else seen.set(key, t.file);
      }
    }
    expect(clashes).toEqual([]);
  });
});
