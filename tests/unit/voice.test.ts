/**
 * Voice choices (issue 16): the parser, every renderer of the email tree,
 * and the content check's errors, each with the file, line, field and fix.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/content/validate.ts';
import { templateRecords } from '../../src/lib/search/records.ts';
import { parseEmailBody } from '../../src/lib/email/parse.ts';
import { choiceAxes, placeholderKeys, resolveVoice, toHtml, toPlainText } from '../../src/lib/email/text.ts';
import { localeTable, voiceAxesOf } from '../../src/i18n/locales.ts';
import { axisOptions, voiceAxes, voiceVariants, type LocaleVoiceAxis } from '../../src/i18n/voice.ts';

const labels = new Map([
  ['Customer name', 'customerName'],
  ['Survey link', 'surveyLink'],
]);
const speaker: LocaleVoiceAxis[] = [{ axis: 'speaker', legend: 'ผู้เขียน', options: ['หญิง', 'ชาย'], default: 'female' }];
const address: LocaleVoiceAxis[] = [{ axis: 'address', legend: 'Trato', options: ['usted', 'tú'], default: 'formal' }];
const both = [...speaker, ...address];
const parse = (src: string, axes: readonly LocaleVoiceAxis[] = speaker) => parseEmailBody(src, labels, axes);
const messages = (src: string, axes: readonly LocaleVoiceAxis[] = speaker) => parse(src, axes).problems.map((p) => `${p.line}: ${p.message}`);

describe('voice choices in the email syntax', () => {
  it('parses a choice into its options, in the axis order, with the default', () => {
    const { body, problems } = parse('ขอบคุณ{ค่ะ|ครับ}');
    expect(problems).toEqual([]);
    expect(body.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'ขอบคุณ' },
        { type: 'choice', axis: 'speaker', default: 'female', options: [
          { option: 'female', children: [{ type: 'text', value: 'ค่ะ' }] },
          { option: 'male', children: [{ type: 'text', value: 'ครับ' }] },
        ] },
      ],
    });
  });

  it('renders the default, or the option the voice picks, in plain text and HTML', () => {
    const { body } = parse('{Hola, [Customer name]:|Hola, [Customer name]}\n\n{Si **desea** volver|Si **quieres** volver}, [responda]([Survey link]).', address);
    expect(toPlainText(body)).toBe('Hola, [Customer name]:\n\nSi desea volver, responda ([Survey link]).');
    expect(toPlainText(body, { customerName: 'Ana' }, { address: 'informal' })).toBe('Hola, Ana\n\nSi quieres volver, responda ([Survey link]).');
    expect(toHtml(body, {}, { address: 'informal' })).toBe('<p>Hola, [Customer name]</p><p>Si <strong>quieres</strong> volver, responda ([Survey link]).</p>');
    // An option the axis does not have falls back to the locale's default.
    expect(toPlainText(body, {}, { address: 'nonsense' })).toBe(toPlainText(body));
  });

  it('keeps placeholders and links inside options, and counts them for every option', () => {
    const { body, problems } = parse('{Gracias, [Customer name]|[Ver encuesta]([Survey link])}', address);
    expect(problems).toEqual([]);
    expect(placeholderKeys(body)).toEqual(['customerName', 'surveyLink']);
    expect(placeholderKeys(resolveVoice(body, { address: 'formal' }))).toEqual(['customerName']);
    expect(choiceAxes(body)).toEqual(new Set(['address']));
  });

  it('takes escaped braces and bars as text', () => {
    const { body, problems } = parse('a \\{b\\} c \\| d', []);
    expect(problems).toEqual([]);
    expect(toPlainText(body)).toBe('a {b} c | d');
  });

  it('names the axis when a locale has more than one, and accepts a named choice', () => {
    expect(messages('{ค่ะ|ครับ}', both)).toEqual([expect.stringContaining('has more than one voice axis (speaker, address), so name the axis first')]);
    const { body, problems } = parse('{address: usted|tú} y {speaker: ค่ะ|ครับ}', both);
    expect(problems).toEqual([]);
    expect(toPlainText(body, {}, { address: 'informal', speaker: 'male' })).toBe('tú y ครับ');
  });

  it.each([
    ['a choice in a locale without voice axes', '1\n\nHi {there|you}', [], '3: "{there|you}" is a voice choice, but this locale declares no voice axes (src/i18n/locales.ts, "voice"): write one text for everyone, or write \\{ and \\} for literal braces.'],
    ['a choice missing an option', 'ขอบคุณ{ค่ะ}', speaker, '1: The "speaker" choice "{ค่ะ}" has 1 option; it needs 2, in this order: {female|male}.'],
    ['a choice with an extra option', '{a|b|c}', speaker, '1: The "speaker" choice "{a|b|c}" has 3 options; it needs 2, in this order: {female|male}.'],
    ['an empty option', 'ขอบคุณ{ค่ะ|}', speaker, '1: Option 2 (male) of "{ค่ะ|}" is empty: write the male form in full (whole words or a whole phrase, in the order {female|male}).'],
    ['the same text twice', '{ค่ะ|ค่ะ}', speaker, '1: Every option of "{ค่ะ|ค่ะ}" is the same text: drop the braces and write the text once.'],
    ['an unclosed brace', 'line one\nขอบคุณ{ค่ะ|ครับ', speaker, '2: Unclosed "{": a voice choice is written {option|option} on one line and needs its closing "}" (write \\{ for a literal brace).'],
    ['a stray closing brace', 'ขอบคุณ ค่ะ}', speaker, '1: Unmatched "}": a voice choice starts with "{" (write \\} for a literal brace).'],
    ['an unknown axis', '{gender: a|b}', speaker, '1: Unknown voice axis "gender" in "{gender: a|b}". This locale declares: speaker.'],
    ['an axis the locale does not declare', '{address: usted|tú}', speaker, '1: "{address: usted|tú}" is a choice for the voice axis "address", which this locale does not declare (it declares: speaker). Use a declared axis, or declare this one for the locale in src/i18n/locales.ts.'],
    ['a choice inside a placeholder', 'Hi [Customer {name|names}]', speaker, '1: A voice choice cannot go inside a placeholder\'s brackets ("[Customer {name|names}]"): a placeholder\'s label is the same in every voice. Put the choice around the placeholder instead, e.g. "{Estimado/a [Customer name]|Hola, [Customer name]}".'],
    ['a choice inside a choice', '{a {b|c}|d}', speaker, '1: A voice choice cannot hold another choice ("{a {b|c}|d}"): write each option out in full.'],
  ] as const)('reports %s with its line and the fix', (_name, src, axes, expected) => {
    expect(messages(src, axes)).toEqual([expected]);
  });
});

describe('the voice table', () => {
  it('declares only known axes, one native label per option, and a default that is an option', () => {
    for (const locale of localeTable) {
      for (const axis of voiceAxesOf(locale.code)) {
        const options = axisOptions(axis.axis);
        expect(options, `${locale.code}: unknown axis ${axis.axis}`).toBeDefined();
        expect(axis.options, `${locale.code}: one label per option of ${axis.axis}`).toHaveLength(options!.length);
        expect(options, `${locale.code}: default of ${axis.axis}`).toContain(axis.default);
        expect(axis.legend.trim()).not.toBe('');
      }
    }
  });

  it('gives the locales the issue names the axes they need, and English none', () => {
    const axesOf = (code: string) => voiceAxesOf(code).map((a) => a.axis);
    expect(axesOf('en')).toEqual([]);
    for (const code of ['th', 'ru', 'bg', 'sl']) expect(axesOf(code), code).toEqual(['speaker']);
    expect(axesOf('es')).toEqual(['address']);
  });

  it('lists every variant a locale can produce, other axes at their defaults', () => {
    expect(voiceVariants(both).map((v) => v.voice)).toEqual([
      { speaker: 'female', address: 'formal' },
      { speaker: 'male', address: 'formal' },
      { speaker: 'female', address: 'formal' },
      { speaker: 'female', address: 'informal' },
    ]);
    expect(Object.keys(voiceAxes)).toEqual(['speaker', 'address']);
  });
});

describe('the Thai templates in each voice', () => {
  // A particle or pronoun outside a choice would leave one voice with the other's words.
  const { catalogue } = checkContent(resolve(import.meta.dirname, '..', '..'));
  const thai = catalogue.templates.filter((t) => t.locale === 'th');
  const words = (t: (typeof thai)[number], speaker: string) => `${toPlainText(t.subject, {}, { speaker })}\n${toPlainText(t.body, {}, { speaker })}`;

  it('every Thai template has a female and a male voice', () => {
    expect(thai.length).toBeGreaterThan(0);
    for (const t of thai) expect(choiceAxes(t.body), t.file).toContain('speaker');
  });

  it.each(thai.map((t) => [t.file, t] as const))('%s: the female voice has no male words, the male voice no female words', (_file, t) => {
    expect(words(t, 'female')).not.toMatch(/ครับ|ผม/);
    expect(words(t, 'male')).not.toMatch(/ค่ะ|ดิฉัน|คะ(?!แนน)/);
  });
});

describe('the search index', () => {
  // Issue 16: search holds each locale's default voice, the one a visitor sees first.
  const contentDir = resolve(import.meta.dirname, '..', '..', 'src', 'content');
  it('holds the default voice of the Thai and Spanish templates', () => {
    const th = templateRecords(contentDir, 'th');
    expect(th.length).toBeGreaterThan(0);
    for (const r of th) expect(`${r.subject} ${r.body}`, r.href).not.toMatch(/ครับ|ผม/);
    expect(th.some((r) => /ค่ะ/.test(r.body))).toBe(true);
    const es = templateRecords(contentDir, 'es');
    expect(es.some((r) => /\b(su|usted)\b/.test(r.body))).toBe(true);
    for (const r of es) expect(r.body, r.href).not.toMatch(/\b(quieres|puedes|tienes|contigo)\b/);
  });
});
