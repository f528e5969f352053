import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { createFormatters, type Formatters } from './format'
import {
  createTranslate,
  createTranslatePlural,
  directionOf,
  type Translate,
  type TranslatePlural,
} from './translate'

export interface I18n {
  t: Translate
  tn: TranslatePlural
  dir: 'ltr' | 'rtl'
  format: Formatters
}

const I18nContext = createContext<I18n | null>(null)

/** Words and formats for one locale; sets `lang` and `dir` on <html> so layout follows the script. */
export function I18nProvider(props: { locale: string; decimals: number; children: ReactNode }) {
  const { locale, decimals } = props
  const value = useMemo<I18n>(() => {
    const t = createTranslate(locale)
    return {
      t,
      tn: createTranslatePlural(locale, t),
      dir: directionOf(locale),
      format: createFormatters(locale, decimals),
    }
  }, [locale, decimals])
  useEffect(() => {
    document.documentElement.lang = locale
    document.documentElement.dir = value.dir
  }, [locale, value.dir])
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n needs an I18nProvider')
  return value
}
