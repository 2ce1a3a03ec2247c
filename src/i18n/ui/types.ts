import type en from './en.ts';

/** A string that varies with a count (defined in ../plural.ts): `other` is required, the rest as the language needs. */
import type { Plural } from '../plural.ts';

export type { Plural };

type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? Plural
    : T extends object
      ? { [K in keyof T]: Widen<T[K]> }
      : T;

/** The shape every locale's dictionary must have: English's keys, any strings. */
export type Dictionary = Widen<typeof en>;
export type UIKey = keyof Dictionary;
