import { describe, expect, it } from 'vitest'
import { en } from '../../src/renderer/i18n/en'
import { createFormatters } from '../../src/renderer/i18n/format'
import { normalizeNumberInput } from '../../src/renderer/i18n/number-input'
import {
  createTranslate,
  createTranslatePlural,
  directionOf,
} from '../../src/renderer/i18n/translate'

describe('the message catalog', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslate('en')
    expect(t('entry.posted', { number: 'JE-A-000001' })).toBe('Posted JE-A-000001.')
    expect(t('entry.posted')).toBe('Posted {number}.')
    expect(t('page.notFoundText', {})).toBe('There is no screen at {path}.')
  })

  it('falls back to English for a language without a catalog yet', () => {
    expect(createTranslate('vi-VN')('nav.journal')).toBe(en['nav.journal'])
  })

  it('picks plural forms by the locale and formats the count', () => {
    const t = createTranslate('en')
    const tn = createTranslatePlural('en', t)
    expect(tn('journal.count', 1)).toBe('1 entry')
    expect(tn('journal.count', 1234567)).toBe('1,234,567 entries')
    expect(tn('accounts.count', 0)).toBe('0 accounts')
  })

  it('has text for every key', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('')
  })
})

describe('locale', () => {
  it('lays out Persian, Arabic and Hebrew right to left', () => {
    expect(directionOf('fa-IR')).toBe('rtl')
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('he_IL')).toBe('rtl')
    expect(directionOf('en-US')).toBe('ltr')
    expect(directionOf('vi')).toBe('ltr')
  })

  it('formats money exactly, past 2^53, in the locale', () => {
    const usd = createFormatters('en', 2)
    expect(usd.money(123456789012345678901n)).toBe('1,234,567,890,123,456,789.01')
    expect(usd.money(-5n)).toBe('-0.05')
    expect(createFormatters('de', 3).money(1234567n)).toBe('1.234,567')
    expect(usd.date('2026-03-15')).toBe('Mar 15, 2026')
  })

  it('reads typed numbers in the locale back to plain decimals', () => {
    expect(normalizeNumberInput(' 1,234.50 ', 'en')).toBe('1234.50')
    expect(normalizeNumberInput('1.234,50', 'de')).toBe('1234.50')
    expect(normalizeNumberInput('١٢٣٫٤', 'ar-EG')).toBe('123.4')
    expect(normalizeNumberInput('۱۲۳', 'en')).toBe('123')
  })
})
