import { useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react'
import type { StockItem } from '../../shared/domain/inventory-items'
import { asRpcError } from '../api/rpc-error'
import { useI18n } from '../i18n/i18n-context'
import { quantityText } from '../sales/sales-numbers'
import { useInvoke } from '../state/services'
import { beep } from './beep'
import type { ScannedItem } from './scan-lines'
import { matchItems, pickedItem, scannedItem } from './stock-items'

interface Unknown {
  code: string
  times: number
}

/**
 * The scan box: a keyboard-wedge scanner types a code and Enter, or the clerk types a code or
 * name (↑ ↓ pick from the list). The box is emptied at once so the next scan can follow while
 * the engine looks the code up; a code nobody knows flashes, beeps and stays in a list.
 */
export function ScanBox(props: {
  items: readonly StockItem[]
  inputRef: RefObject<HTMLInputElement | null>
  onItem: (item: ScannedItem) => void
  /** An adjustment's scans take stock out: the confirmation says so. */
  takeOut?: boolean
  /** The last posted document: the last scan's message belongs to it and goes, the list stays. */
  postedId?: string
  /** +1 when a code goes to the engine to be looked up, -1 when its answer is in. */
  onLookup?: (change: 1 | -1) => void
}) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const [text, setText] = useState('')
  const [active, setActive] = useState(-1)
  const [unknown, setUnknown] = useState<Unknown[]>([])
  const [flash, setFlash] = useState<{ text: string; seq: number } | null>(null)
  const [added, setAdded] = useState<string | null>(null)
  const byId = useMemo(
    () => new Map(props.items.map((item) => [item.product.id, item])),
    [props.items],
  )
  const matches = useMemo(() => matchItems(props.items, text), [props.items, text])
  useEffect(() => {
    setFlash(null)
    setAdded(null)
  }, [props.postedId])

  const take = (item: ScannedItem) => {
    props.onItem(item)
    setFlash(null)
    setAdded(
      t(props.takeOut ? 'stock.scan.takenOut' : 'stock.scan.added', {
        quantity: quantityText(item.factor, format.locale),
        unit: item.baseUnit,
        name: item.name,
      }),
    )
  }
  const notRecognised = (code: string, message: string) => {
    beep()
    setAdded(null)
    setFlash((previous) => ({ text: message, seq: (previous?.seq ?? 0) + 1 }))
    setUnknown((list) => {
      const seen = list.find((entry) => entry.code === code)
      if (!seen) return [{ code, times: 1 }, ...list]
      return list.map((entry) => (entry === seen ? { ...entry, times: entry.times + 1 } : entry))
    })
  }

  const lookUp = async (code: string) => {
    try {
      const scan = await invoke('items.scan', { code })
      return take(scannedItem(scan, byId.get(scan.product.id)))
    } catch (caught) {
      const error = asRpcError(caught)
      if (error.code !== 'not-found') return notRecognised(code, error.message)
    }
    // Not a barcode nor an item code: a name or the start of a code picks the one item it means.
    const found = matchItems(props.items, code)
    if (found.length === 1 && found[0]) return take(pickedItem(found[0]))
    if (found.length > 1) {
      setText((current) => current || code)
      setActive(0)
      return
    }
    notRecognised(code, t('stock.scan.unknown', { code }))
  }

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      const code = text.trim()
      if (!code) return
      const chosen = active >= 0 ? matches[active] : undefined
      setText('')
      setActive(-1)
      if (chosen) take(pickedItem(chosen))
      else {
        props.onLookup?.(1)
        void lookUp(code).finally(() => props.onLookup?.(-1))
      }
    } else if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault()
      setActive((index) => Math.min(index + 1, matches.length - 1))
    } else if (event.key === 'ArrowUp' && matches.length > 0) {
      event.preventDefault()
      setActive((index) => Math.max(index - 1, 0))
    } else if (event.key === 'Escape') {
      setText('')
      setActive(-1)
    }
  }

  return (
    <div className="scan-box">
      <label htmlFor="stock-scan">{t('stock.scan.label')}</label>
      <div className="scan-input-wrap">
        <input
          id="stock-scan"
          ref={props.inputRef}
          autoFocus
          autoComplete="off"
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls="stock-scan-matches"
          aria-invalid={flash ? true : undefined}
          className="scan-input"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setActive(-1)
          }}
          onKeyDown={onKey}
        />
        {flash ? <span key={flash.seq} className="scan-flash" aria-hidden="true" /> : null}
      </div>
      <div className="field-hint">{t('stock.scan.hint')}</div>
      {flash ? (
        <div key={flash.seq} className="field-error flash" role="alert">
          {flash.text}
        </div>
      ) : added ? (
        <div className="scan-added" role="status" data-testid="scan-added">
          {added}
        </div>
      ) : null}
      {matches.length > 0 ? (
        <ul id="stock-scan-matches" className="scan-matches" role="listbox">
          {matches.map((item, index) => (
            <li
              key={item.product.id}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault()
                setText('')
                setActive(-1)
                take(pickedItem(item))
                props.inputRef.current?.focus()
              }}
            >
              <span className="mono">{item.product.code}</span> {item.product.name}
            </li>
          ))}
        </ul>
      ) : null}
      {unknown.length > 0 ? (
        <section className="scan-unknown" aria-label={t('stock.unknown.title')}>
          <h3>
            {t('stock.unknown.title')}{' '}
            <button type="button" className="quiet" onClick={() => setUnknown([])}>
              {t('stock.unknown.clear')}
            </button>
          </h3>
          <ul>
            {unknown.map((entry) => (
              <li key={entry.code} data-code={entry.code}>
                <span className="mono">{entry.code}</span>
                {entry.times > 1 ? <span className="muted"> ×{entry.times}</span> : null}{' '}
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('stock.unknown.remove', { code: entry.code })}
                  onClick={() =>
                    setUnknown((list) => list.filter((other) => other.code !== entry.code))
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
