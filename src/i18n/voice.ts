/**
 * Voice axes: the choices a language makes about who writes to whom, which
 * English does not mark. A template in such a language carries inline
 * choices (`{ค่ะ|ครับ}`, `{usted form|tú form}`: src/lib/email/parse.ts),
 * and the fill-in panel lets the visitor pick the variant once for the page.
 *
 * This file is the catalogue of axes and their options, in the order a
 * choice lists them. A locale opts in to an axis in the locale table
 * (src/i18n/locales.ts, `voice`), with its native labels and its default.
 * A new axis (Japanese politeness, the addressee's gender in Arabic) is one
 * entry here plus the locales that use it; no code changes.
 */
export const voiceAxes = {
  /** The writer's gender, where grammar marks it (Thai particles and pronouns, Slavic past tense). */
  speaker: { options: ['female', 'male'] },
  /** How the customer is addressed: Spanish usted/tú, German Sie/du, French vous/tu. */
  address: { options: ['formal', 'informal'] },
} as const satisfies Record<string, { options: readonly string[] }>;

export type VoiceAxisId = keyof typeof voiceAxes;

/** A locale's use of one axis: native labels for the panel, and the variant shown by default. */
export interface LocaleVoiceAxis {
  readonly axis: VoiceAxisId;
  /** The radio group's legend, in the locale's language. */
  readonly legend: string;
  /** One native label per option of the axis, in the axis's order. */
  readonly options: readonly string[];
  /** The option shown without JavaScript, to search engines and in every export unless the visitor chooses. */
  readonly default: string;
}

/** The chosen option per axis ("speaker" → "male"); a missing axis means its default. */
export type Voice = Readonly<Partial<Record<string, string>>>;

export function axisOptions(axis: string): readonly string[] | undefined {
  return (voiceAxes as Record<string, { options: readonly string[] }>)[axis]?.options;
}

/**
 * Every voice a locale can produce, one per option of each axis with the
 * other axes at their defaults: what parity checks and build tests walk.
 */
export function voiceVariants(axes: readonly LocaleVoiceAxis[]): { axis: string; option: string; voice: Voice }[] {
  const defaults = Object.fromEntries(axes.map((a) => [a.axis, a.default]));
  return axes.flatMap((a) => axisOptions(a.axis)!.map((option) => ({ axis: a.axis, option, voice: { ...defaults, [a.axis]: option } })));
}
