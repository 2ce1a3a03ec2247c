import type { Block, EmailBody, Inline, LinkTarget } from './ast.ts';

/** Values typed by the visitor, by placeholder key. Missing or blank means "leave the placeholder". */
export type PlaceholderValues = Readonly<Record<string, string | undefined>>;

const filled = (key: string, label: string, values: PlaceholderValues) => {
  const v = values[key]?.trim();
  return v ? v : `[${label}]`;
};

function inlineText(nodes: Inline[], values: PlaceholderValues): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'placeholder':
          return filled(n.key, n.label, values);
        case 'strong':
          return inlineText(n.children, values);
        case 'link': {
          const label = inlineText(n.children, values);
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

function blockText(block: Block, values: PlaceholderValues): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.children, values);
    case 'list':
      return block.items.map((item) => `- ${inlineText(item, values)}`).join('\n');
    case 'button': {
      const label = inlineText(block.label, values);
      return block.target ? `${label}: ${targetText(block.target, values)}` : label;
    }
  }
}

/**
 * The email as plain text: paragraphs separated by a blank line, line breaks
 * kept, list items as "- item", a button as "Label: URL" (or just the label).
 */
export function toPlainText(body: EmailBody, values: PlaceholderValues = {}): string {
  return body.blocks.map((b) => blockText(b, values)).join('\n\n');
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

function inlineHtml(nodes: Inline[], values: PlaceholderValues): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.value);
        case 'placeholder':
          return escapeHtml(filled(n.key, n.label, values));
        case 'strong':
          return `<strong>${inlineHtml(n.children, values)}</strong>`;
        case 'break':
          return '<br>';
        case 'link': {
          const label = inlineHtml(n.children, values);
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
export function toHtml(body: EmailBody, values: PlaceholderValues = {}): string {
  return body.blocks
    .map((b) => {
      if (b.type === 'paragraph') return `<p>${inlineHtml(b.children, values)}</p>`;
      if (b.type === 'list') return `<ul>${b.items.map((i) => `<li>${inlineHtml(i, values)}</li>`).join('')}</ul>`;
      const label = inlineHtml(b.label, values);
      if (!b.target) return `<p>${label}</p>`;
      const href = b.target.type === 'url' ? b.target.url : linkable(values[b.target.key]?.trim() ?? '');
      return href ? `<p><a href="${escapeHtml(href)}">${label}</a></p>` : `<p>${label}: ${escapeHtml(targetText(b.target, values))}</p>`;
    })
    .join('');
}

/** Every placeholder key used in the body (text, link targets, buttons), in first-use order. */
export function placeholderKeys(body: EmailBody): string[] {
  const keys = new Set<string>();
  const visitTarget = (t: LinkTarget | undefined) => {
    if (t?.type === 'placeholder') keys.add(t.key);
  };
  const visit = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (n.type === 'placeholder') keys.add(n.key);
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
