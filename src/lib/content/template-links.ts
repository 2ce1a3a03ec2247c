/**
 * <TemplateLink id="…" /> in category pages: a link to a template on the same
 * page that shows the template's title in the page's language, so an intro
 * or a tip can point at the right email without repeating its title (which
 * would drift when the title changes).
 *
 * In the MDX body it is a component; in a tip (YAML text) the same tag is
 * written inline and split out by `splitTemplateLinks`. The content check
 * (validate.ts) finds every such tag with `templateLinksIn` and rejects an id
 * that is not a template of that category in that locale, naming file, line
 * and the known ids; the component throws at render time too, in case the
 * check was bypassed.
 */
import { mdxToMdast } from 'satteri';

/** The one tag form allowed in tip text: <TemplateLink id="template-id" /> */
const TAG = /<TemplateLink\s+id="([^"]*)"\s*\/>/g;

export interface TemplateLinkRef {
  id: string;
  /** 1-based line within the text it was found in. */
  line: number;
}

/** Splits tip text into plain strings and template references, in order. */
export function splitTemplateLinks(text: string): (string | { id: string })[] {
  const out: (string | { id: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ id: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Template references in tip text. */
export function templateLinksInText(text: string): TemplateLinkRef[] {
  return [...text.matchAll(TAG)].map((m) => ({ id: m[1]!, line: text.slice(0, m.index).split('\n').length }));
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

export interface MdxComponentUse {
  name: string;
  /** The `id` attribute when it is a plain string; undefined for `id={expr}` or none. */
  id: string | undefined;
  line: number;
}

/** Every JSX element in an MDX body (component name, id attribute, line), for the content check. */
export function componentsInMdx(body: string): MdxComponentUse[] {
  const out: MdxComponentUse[] = [];
  const walk = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      out.push({ name: node.name, id: typeof id === 'string' ? id : undefined, line: node.position?.start.line ?? 1 });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body) as unknown as MdxNode);
  return out;
}
