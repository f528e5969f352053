import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { StockDocument } from '../../shared/domain/inventory'
import { asRpcError } from '../api/rpc-error'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { CountStart } from './count-start'
import { ScanBox } from './scan-box'
import { useSettledScans } from './use-settled-scans'
import { errorLineIndex, isBlank, lineQuantity, linesFromDocument, toInput } from './scan-lines'
import { StockLines } from './stock-lines'
import { useScanLines } from './use-scan-lines'
import { useStockSetup, type StockSetup } from './use-stock-setup'

/** Save only, approve the counted lines, or approve with the blank lines as counts of none. */
type Approval = false | 'counted' | 'blanksAsZero'

/** A stock count: start a sheet for a warehouse, or scan into an open one and approve it. */
export function CountPage(props: { id?: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const setup = useStockSetup()
  const id = props.id
  const sheet = useQuery(id ? `count|${id}` : null, () =>
    invoke('stockDocuments.get', { id: id ?? '' }),
  )
  if (!id) return <CountStart setup={setup} />
  const error = sheet.error ?? setup.error
  if (error) return <Notice tone="error">{error.message}</Notice>
  if (!sheet.data || setup.loading) return <p className="muted">{t('stock.loading')}</p>
  if (sheet.data.status !== 'draft')
    return (
      <Notice tone="info">
        {t('stock.count.closed', { number: sheet.data.number ?? '' })}{' '}
        <a href={routeHref({ page: 'stock-doc', id: sheet.data.id })}>{t('stock.open')}</a>
      </Notice>
    )
  return <CountSheet key={sheet.data.id} sheet={sheet.data} setup={setup} />
}

/**
 * The sheet: what was on hand when it was made beside what the clerk counts (each scan adds one
 * unit of the code; a line left blank is not counted), the variance per line; Ctrl+S saves,
 * Ctrl+Enter approves the lines counted (blank lines keep their stock), Ctrl+Shift+Enter approves
 * with the blank lines counted as zero (a wall-to-wall count).
 */
function CountSheet(props: { sheet: StockDocument; setup: StockSetup }) {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const sheet = props.sheet
  const scan = useScanLines(linesFromDocument(sheet.lines, props.setup.itemOf, format.locale))
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const warehouse = props.setup.warehouses.find((place) => place.id === sheet.warehouseId)
  const busyRef = useRef(false)
  const loaded = useRef(scan.lines)

  const save = async (): Promise<boolean> => {
    const input = toInput(scan.lines, format.locale, true)
    if (!input.ok) {
      scan.setErrors(new Map([[input.key, t('stock.badQuantity')]]))
      return false
    }
    try {
      await invoke('stockDocuments.saveDraft', {
        draftId: sheet.id,
        type: 'count',
        date: sheet.date,
        warehouseId: sheet.warehouseId,
        lines: input.lines,
      })
      scan.setErrors(new Map())
      return true
    } catch (caught) {
      const error = asRpcError(caught)
      const index = errorLineIndex(error.field)
      const key = index === null ? undefined : input.keys[index]
      if (key) scan.setErrors(new Map([[key, error.message]]))
      else setNotice({ tone: 'error', text: error.message })
      return false
    }
  }
  // A count takes a while: what was counted is saved a moment after each change, so a clerk
  // called away loses nothing.
  useEffect(() => {
    if (scan.lines === loaded.current) return
    const timer = window.setTimeout(() => {
      if (!busyRef.current) void save()
    }, 1500)
    return () => window.clearTimeout(timer)
    // `save` reads the lines it is run with; the lines are what the timer waits on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scan.lines])
  const settled = useSettledScans<Approval>((approve) => void run(approve))
  const run = async (approve: Approval) => {
    if (busyRef.current) return
    busyRef.current = true
    setBusy(true)
    setNotice(null)
    try {
      if (!(await save())) return
      if (!approve) return setNotice({ tone: 'success', text: t('stock.count.saved') })
      const posted = await invoke('stockDocuments.post', {
        id: sheet.id,
        ...(approve === 'blanksAsZero' ? { blanksAsZero: true } : {}),
      })
      navigate({ page: 'stock-doc', id: posted.id })
    } catch (caught) {
      const error = asRpcError(caught)
      const index = errorLineIndex(error.field)
      const line = index === null ? undefined : scan.lines[index]
      if (line) scan.setErrors(new Map([[line.key, error.message]]))
      else setNotice({ tone: 'error', text: error.message })
    } finally {
      busyRef.current = false
      setBusy(false)
      scan.focusScan()
    }
  }
  const counted = scan.lines.filter((line) => !isBlank(line))
  // Approving leaves the blank lines' stock as it is: say how many, before it happens.
  const blank = scan.lines.length - counted.length
  const differ = counted.filter(
    (line) => lineQuantity(line, format.locale) !== (line.expected ?? 0n),
  )
  const onPageKey = (event: KeyboardEvent) => {
    const ctrl = event.ctrlKey || event.metaKey
    if (ctrl && event.key === 'Enter') {
      event.preventDefault()
      settled.request(event.shiftKey && blank > 0 ? 'blanksAsZero' : 'counted')
    } else if (ctrl && event.key.toLowerCase() === 's') {
      event.preventDefault()
      settled.request(false)
    }
  }

  return (
    <div className="page stock-page" onKeyDown={onPageKey}>
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <div className="card stock-head">
        <div>
          <div className="stat-label">{t('stock.warehouse')}</div>
          <strong>
            {warehouse ? `${warehouse.code} · ${warehouse.name}` : sheet.warehouseCode}
          </strong>
        </div>
        <div>
          <div className="stat-label">{t('stock.date')}</div>
          <strong>{format.date(sheet.date)}</strong>
        </div>
        <div data-testid="count-progress">
          {t('stock.count.progress', {
            counted: counted.length,
            total: scan.lines.length,
            differ: differ.length,
          })}
          {blank > 0 ? (
            <div className="count-warning" data-testid="count-blank">
              {tn('stock.count.uncounted', blank)}
            </div>
          ) : null}
        </div>
      </div>
      <div className="card stock-scan-card">
        <ScanBox
          items={props.setup.items}
          inputRef={scan.scanRef}
          onItem={scan.onItem}
          onLookup={settled.onLookup}
        />
        <StockLines
          mode="count"
          lines={scan.lines}
          errors={scan.errors}
          lastKey={scan.lastKey}
          onChange={scan.onChange}
          onStep={scan.onStep}
          onRemove={scan.onRemove}
          onDone={scan.focusScan}
        />
        <div className="actions">
          <button
            type="button"
            className="big"
            disabled={busy}
            onClick={() => settled.request(false)}
          >
            {t('stock.count.save')} <kbd>Ctrl+S</kbd>
          </button>
          {blank > 0 ? (
            <button
              type="button"
              className="big"
              disabled={busy}
              onClick={() => settled.request('blanksAsZero')}
            >
              {t('stock.count.approveBlanksAsZero')} <kbd>Ctrl+Shift+Enter</kbd>
            </button>
          ) : null}
          <button
            type="button"
            className="primary big"
            disabled={busy}
            onClick={() => settled.request('counted')}
          >
            {t('stock.count.approve')} <kbd>Ctrl+Enter</kbd>
          </button>
        </div>
      </div>
    </div>
  )
}
