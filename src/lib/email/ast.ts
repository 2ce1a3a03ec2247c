/**
 * The parsed form of a template body. One tree feeds every output: the page's
 * HTML, the clipboard's HTML and plain text, `mailto:` bodies and the parity
 * checks, so the four can never disagree about what an email contains.
 */

/** A placeholder as written (`[Customer name]`) and the locale-independent key it maps to. */
export interface Placeholder {
  type: 'placeholder';
  key: string;
  label: string;
}

/** Where a link or button points: a literal URL, or a placeholder the sender fills in. */
export type LinkTarget = { type: 'url'; url: string } | Placeholder;

/**
 * A voice choice (`{ค่ะ|ครับ}`): the same words in each option of one voice
 * axis (src/i18n/voice.ts), in the axis's order. `default` is the option the
 * locale shows unless the visitor picks another. Options never hold a choice.
 */
export interface Choice {
  type: 'choice';
  axis: string;
  default: string;
  options: { option: string; children: Inline[] }[];
}

export type Inline =
  | { type: 'text'; value: string }
  | Placeholder
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; target: LinkTarget; children: Inline[] }
  | { type: 'break' }
  | Choice;

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | { type: 'button'; label: Inline[]; target?: LinkTarget };

export interface EmailBody {
  blocks: Block[];
}

/** A problem found while parsing, with the 1-based line inside the body. */
export interface BodyProblem {
  line: number;
  message: string;
}
