import { en, type MessageKey } from './en'

export type { MessageKey }
export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string

/** Catalogs by language. English is complete; other languages fall back to it key by key. */
const catalogs: Record<string, Partial<Record<MessageKey, string>>> = { en }

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd'])

export function languageOf(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? 'en').toLowerCase()
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(languageOf(locale)) ? 'rtl' : 'ltr'
}

/** `t(key, params)`: the message in the locale's language, `{name}` placeholders filled in. */
export function createTranslate(locale: string): Translate {
  const catalog = catalogs[languageOf(locale)] ?? {}
  return (key, params) => {
    const template = catalog[key] ?? en[key]
    if (!params) return template
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    )
  }
}

/** Keys that come in plural forms: `base.one`, `base.other` (and `base.few`... where a language has them). */
export type PluralBase = MessageKey extends infer K
  ? K extends `${infer B}.other`
    ? B
    : never
  : never

export type TranslatePlural = (base: PluralBase, count: number, params?: MessageParams) => string

/** `tn('journal.count', 3)`: the plural form the locale's grammar wants, `{count}` formatted. */
export function createTranslatePlural(locale: string, t: Translate): TranslatePlural {
  const rules = new Intl.PluralRules(locale)
  const numbers = new Intl.NumberFormat(locale)
  const catalog = catalogs[languageOf(locale)] ?? {}
  return (base, count, params) => {
    const exact = `${base}.${rules.select(count)}`
    const key = (
      Object.hasOwn(catalog, exact) || Object.hasOwn(en, exact) ? exact : `${base}.other`
    ) as MessageKey
    return t(key, { count: numbers.format(count), ...params })
  }
}
