import type { Block, BodyProblem, EmailBody, Inline, LinkTarget, Placeholder } from './ast.ts';
import { closest } from '../text/closest.ts';

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
 *   - a backslash escapes a bracket or asterisk: \[ \] \*.
 *
 * Raw HTML is refused: the copy must produce clean, predictable markup.
 *
 * `placeholderKeys` maps the locale's placeholder labels (as written between the
 * brackets) to their keys; an unknown label is a problem, with the closest
 * known label suggested.
 */
export function parseEmailBody(
  source: string,
  placeholderKeys: ReadonlyMap<string, string>,
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

    const inlineAt = (text: string) => parseInline(text, lineNo, placeholderKeys, problems);

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

function parseInline(
  text: string,
  line: number,
  placeholderKeys: ReadonlyMap<string, string>,
  problems: BodyProblem[],
): Inline[] {
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
      if (ch === '\\' && pos + 1 < text.length && '[]*\\'.includes(text[pos + 1]!)) {
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
        const end = findClosingBracket(text, pos);
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
          const labelNodes = parseInline(inner, line, placeholderKeys, problems);
          if (linkTarget) out.push({ type: 'link', target: linkTarget, children: labelNodes });
          pos = close + 1;
          continue;
        }
        const ph = placeholder(inner);
        if (ph) out.push(ph);
        pos = end + 1;
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

/** Text up to the next character that can start or end inline syntax (at least one character). */
const PLAIN_RUN = /[^\\*[\]]+|[\s\S]/y;

/** Index of the "]" matching the "[" at `open`, allowing one level of nesting. */
function findClosingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '[') depth++;
    if (text[i] === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
