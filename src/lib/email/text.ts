import type { Block, Choice, EmailBody, Inline, LinkTarget } from './ast.ts';
import type { Voice } from '../../i18n/voice.ts';

/** Values typed by the visitor, by placeholder key. Missing or blank means "leave the placeholder". */
export type PlaceholderValues = Readonly<Record<string, string | undefined>>;

/**
 * The option of a voice choice that `voice` picks: the visitor's option for
 * the axis, else the locale's default. Every renderer below resolves choices
 * through this one function.
 */
export function chosen(choice: Choice, voice: Voice = {}): Inline[] {
  const want = voice[choice.axis] ?? choice.default;
  return (choice.options.find((o) => o.option === want) ?? choice.options.find((o) => o.option === choice.default) ?? choice.options[0]!).children;
}

/** The body with every choice replaced by the option `voice` picks: what parity checks compare. */
export function resolveVoice(body: EmailBody, voice: Voice = {}): EmailBody {
  const inline = (nodes: Inline[]): Inline[] =>
    nodes.flatMap((n): Inline[] =>
      n.type === 'choice' ? inline(chosen(n, voice)) : n.type === 'strong' || n.type === 'link' ? [{ ...n, children: inline(n.children) }] : [n],
    );
  return {
    blocks: body.blocks.map((b): Block =>
      b.type === 'paragraph' ? { ...b, children: inline(b.children) } : b.type === 'list' ? { ...b, items: b.items.map(inline) } : { ...b, label: inline(b.label) },
    ),
  };
}

const filled = (key: string, label: string, values: PlaceholderValues) => {
  const v = values[key]?.trim();
  return v ? v : `[${label}]`;
};

function inlineText(nodes: Inline[], values: PlaceholderValues, voice: Voice): string {
  return nodes
    .map((n): string => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'placeholder':
          return filled(n.key, n.label, values);
        case 'choice':
          return inlineText(chosen(n, voice), values, voice);
        case 'strong':
          return inlineText(n.children, values, voice);
        case 'link': {
          const label = inlineText(n.children, values, voice);
          const href = targetText(n.target, values);
          return label === href ? label : `${label} (${href})`;
        }
        case 'break':
          return '\n';
      }
    })
    .join('');
}

export function targetText(target: LinkTarget, values: PlaceholderValues): string {
  return target.type === 'url' ? target.url.replace(/^mailto:/, '') : filled(target.key, target.label, values);
}

function blockText(block: Block, values: PlaceholderValues, voice: Voice): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.children, values, voice);
    case 'list':
      return block.items.map((item) => `- ${inlineText(item, values, voice)}`).join('\n');
    case 'button': {
      const label = inlineText(block.label, values, voice);
      return block.target ? `${label}: ${targetText(block.target, values)}` : label;
    }
  }
}

/**
 * The email as plain text: paragraphs separated by a blank line, line breaks
 * kept, list items as "- item", a button as "Label: URL" (or just the label).
 */
export function toPlainText(body: EmailBody, values: PlaceholderValues = {}, voice: Voice = {}): string {
  return body.blocks.map((b) => blockText(b, values, voice)).join('\n\n');
}

/** A one-line text (a subject) as plain text. */
export function inlinePlainText(nodes: Inline[], values: PlaceholderValues = {}, voice: Voice = {}): string {
  return inlineText(nodes, values, voice);
}

/** Escapes text for HTML text and double-quoted attributes. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A visitor's value as a link target, if it is one: http(s), mailto, an address or a bare domain. */
export function linkable(v: string): string | null {
  if (/^(https?:\/\/|mailto:)\S+$/i.test(v)) return v;
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v)) return `mailto:${v}`;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(v)) return `https://${v}`;
  return null;
}

function inlineHtml(nodes: Inline[], values: PlaceholderValues, voice: Voice): string {
  return nodes
    .map((n): string => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.value);
        case 'placeholder':
          return escapeHtml(filled(n.key, n.label, values));
        case 'choice':
          return inlineHtml(chosen(n, voice), values, voice);
        case 'strong':
          return `<strong>${inlineHtml(n.children, values, voice)}</strong>`;
        case 'break':
          return '<br>';
        case 'link': {
          const label = inlineHtml(n.children, values, voice);
          if (n.target.type === 'url') return `<a href="${escapeHtml(n.target.url)}">${label}</a>`;
          const href = linkable(values[n.target.key]?.trim() ?? '');
          return href ? `<a href="${escapeHtml(href)}">${label}</a>` : `${label} (${escapeHtml(targetText(n.target, values))})`;
        }
      }
    })
    .join('');
}

/**
 * The email as minimal rich HTML for the clipboard: p, br, ul/li, strong, a,
 * nothing else, so the mail client's own fonts and colours apply. A link or
 * button whose target is an unfilled placeholder stays text ("Label: [Link]").
 * The copy script (src/scripts/copy.ts) produces the same string from the page.
 */
export function toHtml(body: EmailBody, values: PlaceholderValues = {}, voice: Voice = {}): string {
  return body.blocks
    .map((b) => {
      if (b.type === 'paragraph') return `<p>${inlineHtml(b.children, values, voice)}</p>`;
      if (b.type === 'list') return `<ul>${b.items.map((i) => `<li>${inlineHtml(i, values, voice)}</li>`).join('')}</ul>`;
      const label = inlineHtml(b.label, values, voice);
      if (!b.target) return `<p>${label}</p>`;
      const href = b.target.type === 'url' ? b.target.url : linkable(values[b.target.key]?.trim() ?? '');
      return href ? `<p><a href="${escapeHtml(href)}">${label}</a></p>` : `<p>${label}: ${escapeHtml(targetText(b.target, values))}</p>`;
    })
    .join('');
}

/** Calls `visit` for every inline node of the body, nested ones too (bold, link labels, each option of a choice). */
export function eachInline(body: EmailBody, visit: (node: Inline) => void): void {
  const walk = (nodes: Inline[]) => {
    for (const n of nodes) {
      visit(n);
      if (n.type === 'strong' || n.type === 'link') walk(n.children);
      else if (n.type === 'choice') n.options.forEach((o) => walk(o.children));
    }
  };
  for (const b of body.blocks) {
    if (b.type === 'paragraph') walk(b.children);
    else if (b.type === 'list') b.items.forEach(walk);
    else walk(b.label);
  }
}

/** The voice axes a body's choices use (so a page shows a voice control only where it changes something). */
export function choiceAxes(body: EmailBody): Set<string> {
  const axes = new Set<string>();
  eachInline(body, (n) => n.type === 'choice' && axes.add(n.axis));
  return axes;
}

/** Every placeholder key used in the body (text, link targets, buttons, every option of a choice), in first-use order. */
export function placeholderKeys(body: EmailBody): string[] {
  const keys = new Set<string>();
  const visitTarget = (t: LinkTarget | undefined) => {
    if (t?.type === 'placeholder') keys.add(t.key);
  };
  const visit = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (n.type === 'placeholder') keys.add(n.key);
      else if (n.type === 'choice') n.options.forEach((o) => visit(o.children));
      else if (n.type === 'strong') visit(n.children);
      else if (n.type === 'link') {
        visit(n.children);
        visitTarget(n.target);
      }
    }
  };
  for (const b of body.blocks) {
    if (b.type === 'paragraph') visit(b.children);
    else if (b.type === 'list') b.items.forEach(visit);
    else {
      visit(b.label);
      visitTarget(b.target);
    }
  }
  return [...keys];
}

/** The shape parity checks compare across locales: list sizes and button targets. */
export function bodyShape(body: EmailBody): { lists: number[]; buttons: string[] } {
  return {
    lists: body.blocks.flatMap((b) => (b.type === 'list' ? [b.items.length] : [])),
    buttons: body.blocks.flatMap((b) =>
      b.type === 'button' ? [b.target ? (b.target.type === 'url' ? b.target.url : `[${b.target.key}]`) : '(no link)'] : [],
    ),
  };
}
