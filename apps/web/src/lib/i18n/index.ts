import { en } from './en';
import { nb, type MessageKey } from './nb';
import { nn } from './nn';

export type { MessageKey };

export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nb';
/** The cookie that remembers the language a person picked. */
export const LANG_COOKIE = 'lang';

/** Locales for Intl (dates, numbers, plural rules). */
export const LOCALES: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { nb, nn, en };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The page's language: the one the person picked (the `lang` cookie), else the municipality's
 * written standard (nynorsk municipalities get nynorsk), else bokmål.
 */
export function resolveLang(chosen: unknown, writtenStandard?: 'nb' | 'nn'): Lang {
  if (isLang(chosen)) return chosen;
  return writtenStandard === 'nn' ? 'nn' : DEFAULT_LANG;
}

/** Keys that have plural forms: 'idle.warningIdle' for 'idle.warningIdle_one' / '_other'. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

export type Params = Record<string, string | number>;

function interpolate(lang: Lang, template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** The message for key in lang, with {placeholders} filled in (numbers formatted for lang). */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(lang, dictionaries[lang][key], params);
}

/** A plural message: picks key_one or key_other by the language's plural rules; {count} is set. */
export function translatePlural(lang: Lang, key: PluralKey, count: number, params?: Params) {
  const form = new Intl.PluralRules(LOCALES[lang]).select(count) === 'one' ? 'one' : 'other';
  return translate(lang, `${key}_${form}` as MessageKey, { ...params, count });
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

export function formatDateTime(
  lang: Lang,
  value: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' },
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'Europe/Oslo', ...options }).format(
    date,
  );
}

/** Everything a component needs to show text in the current language. */
export interface Translator {
  readonly lang: Lang;
  t(key: MessageKey, params?: Params): string;
  plural(key: PluralKey, count: number, params?: Params): string;
  number(value: number): string;
  dateTime(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
}

export function createTranslator(getLang: () => Lang): Translator {
  return {
    get lang() {
      return getLang();
    },
    t: (key, params) => translate(getLang(), key, params),
    plural: (key, count, params) => translatePlural(getLang(), key, count, params),
    number: (value) => formatNumber(getLang(), value),
    dateTime: (value, options) => formatDateTime(getLang(), value, options),
  };
}
