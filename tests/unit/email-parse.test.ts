import { describe, expect, it } from 'vitest';
import { parseEmailBody } from '../../src/lib/email/parse.ts';
import { bodyShape, placeholderKeys, toPlainText } from '../../src/lib/email/text.ts';

const labels = new Map([
  ['Name', 'name'],
  ['Product', 'product'],
  ['Survey link', 'surveyLink'],
  ['Refund policy link', 'policyLink'],
  ['YOUR SIGNATURE', 'signature'],
]);

const parse = (src: string) => parseEmailBody(src, labels);

describe('email body syntax', () => {
  it('keeps paragraphs, line breaks, lists and buttons as authored', () => {
    const src = [
      'Hi [Name],',
      '',
      'Why did you leave [Product]?',
      '- Too expensive',
      '- Missing **features**',
      '',
      '>> [Take the survey]([Survey link])',
      '',
      'Best regards,',
      '[YOUR SIGNATURE]',
    ].join('\n');
    const { body, problems } = parse(src);
    expect(problems).toEqual([]);
    expect(body.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'list', 'button', 'paragraph']);
    expect(toPlainText(body)).toBe(
      'Hi [Name],\n\nWhy did you leave [Product]?\n\n- Too expensive\n- Missing features\n\nTake the survey: [Survey link]\n\nBest regards,\n[YOUR SIGNATURE]',
    );
    expect(toPlainText(body, { name: 'Ana', surveyLink: 'https://example.com/s' })).toContain('Hi Ana,');
    expect(toPlainText(body, { surveyLink: 'https://example.com/s' })).toContain('Take the survey: https://example.com/s');
    expect(placeholderKeys(body)).toEqual(['name', 'product', 'surveyLink', 'signature']);
    expect(bodyShape(body)).toEqual({ lists: [2], buttons: ['[surveyLink]'] });
  });

  it('parses inline links to URLs and to placeholders', () => {
    const { body, problems } = parse('See [our policy]([Refund policy link]) or [help](https://help.example.com/a).');
    expect(problems).toEqual([]);
    expect(toPlainText(body)).toBe('See our policy ([Refund policy link]) or help (https://help.example.com/a).');
  });

  it('honours escapes for literal brackets and asterisks', () => {
    const { body, problems } = parse('Press \\[Enter\\] 2 \\* 3');
    expect(problems).toEqual([]);
    expect(toPlainText(body)).toBe('Press [Enter] 2 * 3');
  });

  it('names an unknown placeholder, its line, and the closest known label', () => {
    const { problems } = parse('Hello,\n\nDear [Nmae],');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.message).toContain('Unknown placeholder "[Nmae]"');
    expect(problems[0]!.message).toContain('Did you mean "[Name]"?');
  });

  it.each([
    ['<b>Hi</b>', 'HTML is not allowed'],
    ['<p>unclosed', 'HTML is not allowed'],
    ['<!-- note -->', 'HTML is not allowed'],
    ['**never closed', 'Unclosed "**"'],
    ['[Name', 'Unclosed "["'],
    ['stray ] bracket', 'Unmatched "]"'],
    ['[link](javascript:alert(1))', 'neither an https:// or mailto: URL'],
    ['[link](http://insecure.example)', 'neither an https:// or mailto: URL'],
    ['>>', 'needs a label'],
    ['-', 'Empty list item'],
    ['', 'The body is empty'],
    ['   \n\n  ', 'The body is empty'],
  ])('rejects %j', (src, message) => {
    const { problems } = parse(src);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });

  it('accepts a button without a link and mailto: targets', () => {
    const { body, problems } = parse('>> Reply to this email\n\n[Write to us](mailto:help@example.com)');
    expect(problems).toEqual([]);
    expect(toPlainText(body)).toBe('Reply to this email\n\nWrite to us (help@example.com)');
  });

  it('splits a paragraph followed directly by list lines', () => {
    const { body } = parse('Reasons:\n- one\n- two\nThanks');
    expect(body.blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });
});
