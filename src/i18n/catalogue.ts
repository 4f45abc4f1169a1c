import type { UiKey } from './en.ts';

/** The forms `Intl.PluralRules` may pick besides `one` and `other`, such as Arabic's `two` and `few`. */
export type ExtraPluralForm = 'zero' | 'two' | 'few' | 'many';

/** Keys that have a plural form: `level.examplesCount` for `level.examplesCount.one` and `.other`. */
export type PluralKey = UiKey extends infer Key ? (Key extends `${infer Base}.other` ? Base : never) : never;

/**
 * The interface strings of one language: every English key, plus, for languages whose
 * grammar has them, the extra plural forms of plural keys (`level.examplesCount.few`).
 * A missing key fails type checking; a missing extra form falls back to `.other`.
 */
export type Catalogue = Record<UiKey, string> & Partial<Record<`${PluralKey}.${ExtraPluralForm}`, string>>;
