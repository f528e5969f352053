import { useCallback, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { addScan, stepLine, type ScanLine, type ScannedItem } from './scan-lines'

/**
 * The lines a clerk is scanning, which one moved last, and the engine's word on each; `signed`
 * lines (an adjustment) may go below zero.
 */
export function useScanLines(initial: ScanLine[] = [], signed = false) {
  const { format } = useI18n()
  const locale = format.locale
  const scanRef = useRef<HTMLInputElement>(null)
  const [lines, setLines] = useState<ScanLine[]>(initial)
  const [lastKey, setLastKey] = useState<string | null>(null)
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map())

  const focusScan = useCallback(() => scanRef.current?.focus(), [])
  const onItem = useCallback(
    (item: ScannedItem) => {
      setLines((current) => {
        const next = addScan(current, item, locale, signed)
        setLastKey(next.key)
        return next.lines
      })
    },
    [locale, signed],
  )
  const clearError = (key: string) =>
    setErrors((current) => {
      if (!current.has(key)) return current
      const next = new Map(current)
      next.delete(key)
      return next
    })
  return {
    scanRef,
    lines,
    setLines,
    lastKey,
    errors,
    setErrors,
    focusScan,
    onItem,
    onChange: (key: string, patch: Partial<ScanLine>) => {
      setLines((current) =>
        current.map((line) => (line.key === key ? { ...line, ...patch } : line)),
      )
      clearError(key)
    },
    onStep: (key: string, delta: bigint) => {
      setLines((current) => stepLine(current, key, delta, locale, signed))
      setLastKey(key)
      clearError(key)
    },
    onRemove: (key: string) => {
      setLines((current) => current.filter((line) => line.key !== key))
      clearError(key)
      focusScan()
    },
  }
}
