/**
 * A small valid catalogue written to a temporary project root, so each test
 * can break exactly one thing and see the content check (or a real build)
 * reject it.
 */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const validFiles: Record<string, string> = {
  'src/content/categories/en/subscription-cancellation.mdx': `---
title: Subscription cancellation email templates
navTitle: Subscription cancellation
description: Short, kind emails that confirm a cancellation.
summary: Confirm a cancellation and leave the door open.
theme: subscriptions
order: 1
tips:
  - { title: Keep it short, text: Two or three sentences are enough. }
  - { title: Say what happens next, text: "Dates, access and billing." }
  - { title: Ask why, text: "One question, easy to answer." }
subjects:
  - "Your [Product] subscription is cancelled"
  - Cancellation confirmed
  - Sorry to see you go
  - A quick question about your cancellation
  - Your access ends soon
  - Thanks for being with us
faq:
  - { question: Why send one?, answer: It confirms the request. }
  - { question: Should I ask why?, answer: "Yes, briefly." }
  - { question: Automated or personal?, answer: Both have a place. }
guides: [reducing-cancellations]
related: []
keywords: [cancellation emails, cancellation templates, unsubscribe emails, churn replies, leaving customers]
---
Cancellations happen. A clear confirmation keeps trust.
`,
  'src/content/templates/en/subscription-cancellation/cancellation-confirmation.md': `---
title: Cancellation confirmation
useWhen: a customer has cancelled.
subject: "Your [Product] subscription is cancelled"
order: 1
keywords: [cancellation confirmed, subscription cancelled, cancel confirmation, end of subscription, unsubscribe]
---
Hi [Customer name],

Your subscription to [Product] is cancelled.

Best regards,
[Your signature]
`,
  'src/content/guides/en/reducing-cancellations.mdx': `---
title: Reducing cancellations
description: Incentives and follow-up that keep customers.
summary: Keep more customers.
order: 1
categories: [subscription-cancellation]
keywords: [reduce churn, retention tips, keep customers, churn prevention, stop cancellations]
---
Most cancellations can be prevented.

## Nudge early

Write before the card expires.
`,
};

export interface Fixture {
  root: string;
  write(path: string, content: string): void;
  remove(path: string): void;
  cleanup(): void;
}

/** Writes `content` to `path` below `root`, creating folders as needed. */
export function writeUnder(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

export function makeFixture(files: Record<string, string> = validFiles): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'mailkit-content-'));
  const write = (path: string, content: string) => writeUnder(root, path, content);
  for (const [path, content] of Object.entries(files)) write(path, content);
  return {
    root,
    write,
    remove: (path) => rmSync(join(root, path)),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
