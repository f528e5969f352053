import { useEffect, useState, type KeyboardEvent } from 'react'
import type { StockDocument } from '../../shared/domain/inventory'
import { today } from '../../shared/dates'
import { asRpcError } from '../api/rpc-error'
import { Field } from '../components/field'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import type { MessageKey } from '../i18n/translate'
import { routeHref } from '../routing/routes'
import { quantityText } from '../sales/sales-numbers'
import { useInvoke, useSession } from '../state/services'
import { useDefaultCosts } from './adjustment-cost'
import { AdjustmentFields } from './adjustment-fields'
import { adjustmentReasonText, type AdjustmentReason } from './adjustment-reason'
import { ScanBox } from './scan-box'
import { useSettledScans } from './use-settled-scans'
import { carryOver, errorLineIndex, lineQuantity, linesFromSource, toInput } from './scan-lines'
import { SourcePicker } from './source-picker'
import { StockLines } from './stock-lines'
import { useScanLines } from './use-scan-lines'
import { useLotsInStock, useStockLevels } from './use-stock-levels'
import { useStockSetup } from './use-stock-setup'
import { WarehouseSelect } from './warehouse-select'

export type MoveKind = 'receipt' | 'delivery' | 'transfer' | 'adjustment'

const POST_WORD: Record<MoveKind, MessageKey> = {
  receipt: 'stock.postReceipt',
  delivery: 'stock.postDelivery',
  transfer: 'stock.postTransfer',
  adjustment: 'stock.postAdjustment',
}
const NO_REASON: AdjustmentReason = { choice: '', note: '' }

/**
 * Receive, pick and deliver, transfer or adjust by scanning: choose the place (for a receipt or a
 * delivery, optionally the document it fills; for an adjustment, the reason), scan, Ctrl+Enter
 * posts. An adjustment's lines go up or down (below zero takes stock out), and a line coming in
 * may carry its unit cost. A line the engine refuses (not enough stock) shows the engine's
 * message on that line and nothing is posted.
 */
export function MovePage(props: { kind: MoveKind; source?: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const setup = useStockSetup()
  const adjusting = props.kind === 'adjustment'
  const scan = useScanLines([], adjusting)
  const decimals = useSession((store) => store.session?.company?.decimals ?? 2)
  const [date, setDate] = useState(today())
  const [warehouseId, setWarehouseId] = useState('')
  const [toWarehouseId, setToWarehouseId] = useState('')
  const [contactId, setContactId] = useState('')
  const [sourceId, setSourceId] = useState(props.source ?? '')
  const [formError, setFormError] = useState<string | null>(null)
  const [done, setDone] = useState<StockDocument | null>(null)
  const [busy, setBusy] = useState(false)
  const [reason, setReason] = useState(NO_REASON)
  const [reasonError, setReasonError] = useState<string | null>(null)
  const [takeOut, setTakeOut] = useState(false)
  const from = warehouseId || setup.defaultWarehouseId || ''
  const outgoing = props.kind !== 'receipt'
  const levels = useStockLevels(outgoing ? scan.lines : [], from)
  const lots = useLotsInStock(outgoing ? scan.lines : [])
  const setLines = scan.setLines
  const costs = useDefaultCosts(
    adjusting
      ? scan.lines
          .filter((line) => (lineQuantity(line, format.locale) ?? 0n) > 0n)
          .map((line) => line.productId)
      : [],
    date,
    setup.items,
  )

  const chooseSource = async (id: string) => {
    setSourceId(id)
    setFormError(null)
    if (props.kind === 'transfer' || props.kind === 'adjustment') return
    try {
      const remaining = id
        ? await invoke('stockDocuments.sourceLines', { sourceDocumentId: id, type: props.kind })
        : []
      const fresh = linesFromSource(
        remaining,
        (productId) => setup.itemOf(productId)?.lotTracked ?? false,
      )
      setLines((current) => carryOver(fresh, current, format.locale))
    } catch (caught) {
      setFormError(asRpcError(caught).message)
    }
    scan.focusScan()
  }
  // Lines taken from a document before the items had loaded learn which need a lot once they have.
  useEffect(() => {
    if (setup.loading) return
    const needsLot = (line: { productId: string; lotTracked: boolean }) =>
      !line.lotTracked && setup.itemOf(line.productId)?.lotTracked === true
    setLines((current) =>
      current.some(needsLot)
        ? current.map((line) => (needsLot(line) ? { ...line, lotTracked: true } : line))
        : current,
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setup.loading])
  useEffect(() => {
    if (props.source && !setup.loading) void chooseSource(props.source)
    // Once the items are known, the route's source fills the lines.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.source, setup.loading])

  const settled = useSettledScans<undefined>(() => void post())
  const post = async () => {
    if (busy) return
    const input = toInput(scan.lines, format.locale, false, adjusting ? { decimals } : undefined)
    if (!input.ok) {
      const word = input.problem === 'cost' ? 'stock.adjust.badCost' : 'stock.adjust.badQuantity'
      return scan.setErrors(new Map([[input.key, t(adjusting ? word : 'stock.badQuantity')]]))
    }
    if (input.lines.length === 0) return setFormError(t('stock.nothingToPost'))
    const why = adjustmentReasonText(reason, (choice) => t(`stock.adjust.reason.${choice}`))
    setReasonError(adjusting && !why ? t('stock.adjust.needsReason') : null)
    if (adjusting && !why) return
    setBusy(true)
    setFormError(null)
    try {
      const posted = await invoke('stockDocuments.record', {
        type: props.kind,
        date,
        warehouseId: from,
        ...(props.kind === 'transfer' ? { toWarehouseId } : {}),
        ...(contactId ? { contactId } : {}),
        ...(sourceId ? { sourceDocumentId: sourceId } : {}),
        ...(adjusting && why ? { reason: why } : {}),
        lines: input.lines,
      })
      setDone(posted)
      setLines([])
      setSourceId('')
      setReason(NO_REASON)
      scan.setErrors(new Map())
      levels.reload()
    } catch (caught) {
      const error = asRpcError(caught)
      const index = errorLineIndex(error.field)
      const key = index === null ? undefined : input.keys[index]
      if (key) scan.setErrors(new Map([[key, error.message]]))
      else setFormError(error.message)
    } finally {
      setBusy(false)
      scan.focusScan()
    }
  }

  const onPageKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      settled.request(undefined)
    }
  }

  return (
    <div className="page stock-page" onKeyDown={onPageKey}>
      {done ? (
        <Notice tone="success">
          <span data-testid="stock-posted">
            {t(`stock.posted.${done.type}` as MessageKey, { number: done.number ?? '' })}
          </span>{' '}
          <a href={routeHref({ page: 'stock-doc', id: done.id })}>{t('stock.open')}</a>
        </Notice>
      ) : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {setup.error ? <Notice tone="error">{setup.error.message}</Notice> : null}
      <div className="card stock-head">
        <Field label={t('stock.date')}>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </Field>
        <WarehouseSelect
          label={t(props.kind === 'transfer' ? 'stock.fromWarehouse' : 'stock.warehouse')}
          warehouses={setup.warehouses}
          value={from}
          onChange={setWarehouseId}
        />
        {props.kind === 'transfer' ? (
          <WarehouseSelect
            label={t('stock.toWarehouse')}
            warehouses={setup.warehouses.filter((warehouse) => warehouse.id !== from)}
            value={toWarehouseId}
            onChange={setToWarehouseId}
            blank
          />
        ) : props.kind === 'adjustment' ? (
          <AdjustmentFields
            reason={reason}
            onReason={setReason}
            error={reasonError}
            takeOut={takeOut}
            onTakeOut={setTakeOut}
          />
        ) : (
          <SourcePicker
            kind={props.kind}
            contactId={contactId}
            sourceId={sourceId}
            onContact={setContactId}
            onSource={(document) => {
              if (document) setContactId(document.contactId)
              void chooseSource(document?.id ?? '')
            }}
          />
        )}
      </div>
      <div className="card stock-scan-card">
        <ScanBox
          items={setup.items}
          inputRef={scan.scanRef}
          takeOut={takeOut}
          postedId={done?.id}
          onItem={(item) => scan.onItem(takeOut ? { ...item, factor: -item.factor } : item)}
          onLookup={settled.onLookup}
        />
        {sourceId && scan.lines.length > 0 ? (
          <button
            type="button"
            className="big"
            onClick={() =>
              setLines((current) =>
                current.map((line) =>
                  line.expected === null
                    ? line
                    : { ...line, quantity: quantityText(line.expected, format.locale) },
                ),
              )
            }
          >
            {t('stock.takeAll')}
          </button>
        ) : null}
        <StockLines
          mode={props.kind}
          lines={scan.lines}
          errors={scan.errors}
          lastKey={scan.lastKey}
          levels={outgoing ? levels.levels : undefined}
          lots={outgoing ? lots : undefined}
          costs={adjusting ? { defaults: costs, decimals } : undefined}
          onChange={scan.onChange}
          onStep={scan.onStep}
          onRemove={scan.onRemove}
          onDone={scan.focusScan}
        />
        <div className="actions">
          <button
            type="button"
            className="primary big"
            disabled={busy}
            onClick={() => settled.request(undefined)}
          >
            {t(POST_WORD[props.kind])} <kbd>Ctrl+Enter</kbd>
          </button>
        </div>
      </div>
    </div>
  )
}
