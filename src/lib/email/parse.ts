import type { Block, BodyProblem, Choice, EmailBody, Inline, LinkTarget, Placeholder } from './ast.ts';
import { closest } from '../text/closest.ts';
import { axisOptions, type LocaleVoiceAxis } from '../../i18n/voice.ts';

/**
 * Parses the email body syntax (documented in CONTRIBUTING.md):
 *
 *   - blank lines separate paragraphs; a single newline is kept as a line break
 *     (sign-offs depend on it);
 *   - lines starting with "- " form a bulleted list;
 *   - a line starting with ">> " is a call-to-action button: ">> Label" or
 *     ">> [Label](target)";
 *   - inline: **bold**, [text](target), and placeholders such as [Customer name];
 *   - a target is an https:// or mailto: URL, or a placeholder: [text]([Survey link]);
 *   - a voice choice: {option|option}, one option per option of the
 *     locale's voice axis, in the axis's order (src/i18n/voice.ts), e.g.
 *     {ค่ะ|ครับ}; a locale with more than one axis names it: {speaker: …|…};
 *   - a backslash escapes a bracket, asterisk, brace or bar: \[ \] \* \{ \} \|.
 *
 * Raw HTML is refused: the copy must produce clean, predictable markup.
 *
 * `placeholderKeys` maps the locale's placeholder labels (as written between the
 * brackets) to their keys; an unknown label is a problem, with the closest
 * known label suggested. `axes` are the voice axes the locale declares
 * (src/i18n/locales.ts); a choice for any other axis is a problem.
 */
export function parseEmailBody(
  source: string,
  placeholderKeys: ReadonlyMap<string, string>,
  axes: readonly LocaleVoiceAxis[] = [],
): { body: EmailBody; problems: BodyProblem[] } {
  const problems: BodyProblem[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];

  let paragraph: { children: Inline[] } | null = null;
  let list: { items: Inline[][] } | null = null;
  const close = () => {
    paragraph = null;
    list = null;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === '') return close();

    const html = /<\/?[a-z][\w-]*(\s[^>]*)?\/?>|<!--/i.exec(line);
    if (html) {
      problems.push({
        line: lineNo,
        message: `HTML is not allowed in a template body (found "${html[0]}"). Use the email body syntax instead: **bold**, [text](https://…), "- " for list items, ">> " for a button.`,
      });
      return;
    }

    const inlineAt = (text: string) => parseInline(text, { line: lineNo, placeholderKeys, axes, problems, inChoice: false });

    if (line.startsWith('>>')) {
      close();
      const rest = line.slice(2).trim();
      if (rest === '') {
        problems.push({ line: lineNo, message: 'A ">>" button line needs a label, e.g. ">> Restart membership" or ">> [Restart membership]([Restart link])".' });
        return;
      }
      const parsed = inlineAt(rest);
      const only = parsed.length === 1 ? parsed[0] : undefined;
      if (only && only.type === 'link') {
        blocks.push({ type: 'button', label: only.children, target: only.target });
      } else if (parsed.some((n) => n.type === 'link')) {
        problems.push({ line: lineNo, message: 'A button line holds one label, optionally as a single link: ">> [Label](target)". Move other text to its own line.' });
      } else {
        blocks.push({ type: 'button', label: parsed });
      }
      return;
    }

    if (line.startsWith('- ') || line === '-') {
      paragraph = null;
      const item = line.slice(1).trim();
      if (item === '') {
        problems.push({ line: lineNo, message: 'Empty list item: write text after "- ".' });
        return;
      }
      if (!list) {
        list = { items: [] };
        blocks.push({ type: 'list', items: list.items });
      }
      list.items.push(inlineAt(item));
      return;
    }

    list = null;
    const children = inlineAt(line);
    if (paragraph) {
      paragraph.children.push({ type: 'break' }, ...children);
    } else {
      paragraph = { children };
      blocks.push({ type: 'paragraph', children: paragraph.children });
    }
  });

  if (blocks.length === 0 && problems.length === 0) {
    problems.push({ line: 1, message: 'The body is empty: write the email below the front matter.' });
  }
  return { body: { blocks }, problems };
}

interface InlineContext {
  line: number;
  placeholderKeys: ReadonlyMap<string, string>;
  axes: readonly LocaleVoiceAxis[];
  problems: BodyProblem[];
  /** Inside an option of a choice, where another choice is not allowed. */
  inChoice: boolean;
}

function parseInline(text: string, ctx: InlineContext): Inline[] {
  const { line, placeholderKeys, problems } = ctx;
  let pos = 0;

  const placeholder = (label: string): Placeholder | null => {
    const key = placeholderKeys.get(label);
    if (key) return { type: 'placeholder', key, label };
    const suggestion = closest(label, [...placeholderKeys.keys()]);
    problems.push({
      line,
      message: `Unknown placeholder "[${label}]".${suggestion ? ` Did you mean "[${suggestion}]"?` : ''} Use a label from the locale's placeholder dictionary (src/i18n/placeholders/<locale>.ts), or add a new key, with its meaning and an example, there in every locale.`,
    });
    return null;
  };

  const target = (raw: string): LinkTarget | null => {
    const t = raw.trim();
    const ph = /^\[([^\]]+)\]$/.exec(t);
    if (ph) return placeholder(ph[1]!);
    if (/^(https:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/.test(t)) return { type: 'url', url: t };
    problems.push({
      line,
      message: `Link target "${t}" is neither an https:// or mailto: URL nor a placeholder like [Survey link].`,
    });
    return null;
  };

  // Reads inline nodes until `stop` (a closing delimiter) or the end of the text.
  const readUntil = (stop: string | null): { nodes: Inline[]; closed: boolean } => {
    const out: Inline[] = [];
    let buffer = '';
    const flush = () => {
      if (buffer) out.push({ type: 'text', value: buffer });
      buffer = '';
    };
    while (pos < text.length) {
      const ch = text[pos]!;
      if (stop && text.startsWith(stop, pos)) {
        flush();
        pos += stop.length;
        return { nodes: out, closed: true };
      }
      if (ch === '\\' && pos + 1 < text.length && ESCAPABLE.includes(text[pos + 1]!)) {
        buffer += text[pos + 1];
        pos += 2;
        continue;
      }
      if (text.startsWith('**', pos)) {
        flush();
        pos += 2;
        const { nodes, closed } = readUntil('**');
        if (!closed) {
          problems.push({ line, message: 'Unclosed "**": bold text needs a closing "**" on the same line.' });
        }
        out.push({ type: 'strong', children: nodes });
        continue;
      }
      if (ch === '[') {
        const end = findClosing(text, pos);
        if (end === -1) {
          problems.push({ line, message: 'Unclosed "[": a placeholder or link needs its closing "]" on the same line (write \\[ for a literal bracket).' });
          buffer += ch;
          pos += 1;
          continue;
        }
        flush();
        const inner = text.slice(pos + 1, end);
        if (text[end + 1] === '(') {
          const close = text.indexOf(')', end + 2);
          if (close === -1) {
            problems.push({ line, message: `Unclosed "(" after "[${inner}]": a link is written [text](target).` });
            pos = end + 1;
            continue;
          }
          const linkTarget = target(text.slice(end + 2, close));
          const labelNodes = parseInline(inner, ctx);
          if (linkTarget) out.push({ type: 'link', target: linkTarget, children: labelNodes });
          pos = close + 1;
          continue;
        }
        if (/(^|[^\\])[{}|]/.test(inner)) {
          problems.push({
            line,
            message: `A voice choice cannot go inside a placeholder's brackets ("[${inner}]"): a placeholder's label is the same in every voice. Put the choice around the placeholder instead, e.g. "{Estimado/a [Customer name]|Hola, [Customer name]}".`,
          });
          pos = end + 1;
          continue;
        }
        const ph = placeholder(inner);
        if (ph) out.push(ph);
        pos = end + 1;
        continue;
      }
      if (ch === '{') {
        const end = findClosing(text, pos);
        if (end === -1) {
          problems.push({ line, message: 'Unclosed "{": a voice choice is written {option|option} on one line and needs its closing "}" (write \\{ for a literal brace).' });
          buffer += ch;
          pos += 1;
          continue;
        }
        flush();
        const choice = parseChoice(text.slice(pos + 1, end), ctx);
        if (choice) out.push(choice);
        pos = end + 1;
        continue;
      }
      if (ch === '}') {
        problems.push({ line, message: 'Unmatched "}": a voice choice starts with "{" (write \\} for a literal brace).' });
        buffer += ch;
        pos += 1;
        continue;
      }
      if (ch === ']') {
        problems.push({ line, message: 'Unmatched "]" (write \\] for a literal bracket).' });
        buffer += ch;
        pos += 1;
        continue;
      }
      // Copy the whole run of plain text at once. Appending it character by
      // character built a rope of one-character strings per text node (about
      // 27 KB of heap per template, 0.7 GB at 27,000 templates, npm run bench).
      PLAIN_RUN.lastIndex = pos;
      const run = PLAIN_RUN.exec(text)![0];
      buffer += run;
      pos += run.length;
    }
    flush();
    return { nodes: out, closed: false };
  };

  return readUntil(null).nodes;
}

/** Characters a backslash makes literal. */
const ESCAPABLE = '[]*\\{}|';

/** Text up to the next character that can start or end inline syntax (at least one character). */
const PLAIN_RUN = /[^\\*[\]{}]+|[\s\S]/y;

/**
 * The inside of `{…}`: an optional axis name ("speaker:"), then the options
 * separated by unescaped "|". Reports every way a choice can be wrong with
 * the fix, and returns null for a choice it cannot use.
 */
function parseChoice(inner: string, ctx: InlineContext): Choice | null {
  const { line, axes, problems } = ctx;
  const fail = (message: string) => {
    problems.push({ line, message });
    return null;
  };
  if (ctx.inChoice || /(^|[^\\])\{/.test(inner)) return fail(`A voice choice cannot hold another choice ("{${inner}}"): write each option out in full.`);
  const declared = axes.map((a) => a.axis).join(', ');
  const named = /^([a-z][a-z-]*):\s*/.exec(inner);
  let axis: LocaleVoiceAxis | undefined;
  if (named) {
    axis = axes.find((a) => a.axis === named[1]);
    if (!axis) {
      return fail(
        axisOptions(named[1]!) || !axes.length
          ? `"{${inner}}" is a choice for the voice axis "${named[1]}", which this locale does not declare${axes.length ? ` (it declares: ${declared})` : ''}. Use a declared axis, or declare this one for the locale in src/i18n/locales.ts.`
          : `Unknown voice axis "${named[1]}" in "{${inner}}". This locale declares: ${declared}.`,
      );
    }
    inner = inner.slice(named[0].length);
  } else if (axes.length === 0) {
    return fail(`"{${inner}}" is a voice choice, but this locale declares no voice axes (src/i18n/locales.ts, "voice"): write one text for everyone, or write \\{ and \\} for literal braces.`);
  } else if (axes.length > 1) {
    return fail(`"{${inner}}": this locale has more than one voice axis (${declared}), so name the axis first, e.g. "{${axes[0]!.axis}: …|…}".`);
  } else {
    axis = axes[0]!;
  }
  const options = axisOptions(axis.axis)!;
  const parts = splitOptions(inner);
  const shape = `{${options.join('|')}}`;
  if (parts.length !== options.length) {
    return fail(`The "${axis.axis}" choice "{${inner}}" has ${parts.length} option${parts.length === 1 ? '' : 's'}; it needs ${options.length}, in this order: ${shape}.`);
  }
  const empty = parts.findIndex((p) => p.trim() === '');
  if (empty !== -1) {
    return fail(`Option ${empty + 1} (${options[empty]}) of "{${inner}}" is empty: write the ${options[empty]} form in full (whole words or a whole phrase, in the order ${shape}).`);
  }
  if (new Set(parts.map((p) => p.trim())).size === 1) {
    return fail(`Every option of "{${inner}}" is the same text: drop the braces and write the text once.`);
  }
  const before = problems.length;
  const parsed = parts.map((p, i) => ({ option: options[i]!, children: parseInline(p, { ...ctx, inChoice: true }) }));
  if (problems.length > before) return null;
  return { type: 'choice', axis: axis.axis, default: axis.default, options: parsed };
}

/** Splits a choice's inside on "|" that is not escaped. */
function splitOptions(inner: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\') i++;
    else if (inner[i] === '|') {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

/**
 * Index of the delimiter closing the one at `open` ("[" → "]", "{" → "}") in
 * the same line, or -1. Nested pairs count (a placeholder inside a link's
 * label; a choice inside a choice, so it can be reported); backslash escapes
 * are skipped.
 */
function findClosing(text: string, open: number): number {
  const opener = text[open]!;
  const closer = opener === '[' ? ']' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === opener) depth++;
    if (text[i] === closer) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
