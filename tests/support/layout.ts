/**
 * Layout measurements shared by the browser tests (tests/e2e/layout.test.ts,
 * tests/e2e/rtl.test.ts).
 */
import type { Page } from 'playwright-core';

/** The widths every layout check runs at: the narrowest phone we support, a tablet, a laptop. */
export const WIDTHS = [320, 768, 1280] as const;

/**
 * Every rendered form control (input, select, textarea, button) whose box
 * sticks out of its cell: the <label> around it (and that label out of its
 * own container), or else its parent element; or out of the viewport.
 * Returns one line per problem, naming the control, its width and where.
 */
export async function overflowingControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TOLERANCE = 0.5;
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? ` name="${el.getAttribute('name')}"` : ''}${el.getAttribute('data-fill') ? ` data-fill="${el.getAttribute('data-fill')}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
    const out: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const outside = (inner: DOMRect, outer: DOMRect) => inner.left < outer.left - TOLERANCE || inner.right > outer.right + TOLERANCE;
    const describe = (r: DOMRect) => `${Math.round(r.width)} px at ${Math.round(r.left)}–${Math.round(r.right)}`;
    for (const control of document.querySelectorAll('input, select, textarea, button')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (closed dialog, display: none)
      const label = control.closest('label');
      const chain: Element[] = label ? [control, label, label.parentElement!] : [control, control.parentElement!];
      for (let i = 0; i + 1 < chain.length; i++) {
        const inner = chain[i]!.getBoundingClientRect();
        const outer = chain[i + 1]!.getBoundingClientRect();
        if (outside(inner, outer)) out.push(`${name(chain[i]!)} (${describe(inner)}) overflows ${name(chain[i + 1]!)} (${describe(outer)})`);
      }
      if (box.left < -TOLERANCE || box.right > viewport + TOLERANCE) out.push(`${name(control)} (${describe(box)}) overflows the ${viewport} px viewport`);
    }
    return out;
  });
}
