import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Product } from '../../../shared/domain/sales'
import type { CashSaleResult } from '../../../shared/domain/sales-flow'
import { asRpcError } from '../../api/rpc-error'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke, useSession } from '../../state/services'
import { PrintButton, usePrint } from '../print/print-button'
import { groupPriceFor } from '../price-lists/group-price'
import { matchProducts } from '../sales-match'
import { parseDecimal } from '../sales-numbers'
import { useSalesCatalog } from '../use-sales-catalog'
import {
  addProduct,
  cartQuantities,
  cartTotal,
  pickProduct,
  pricedCart,
  type CartLine,
} from './cash-sale-cart'
import { CashSaleLines } from './cash-sale-lines'
import { CashSalePay } from './cash-sale-pay'

type Method = 'cash' | 'card'

/** How many matches the counter lists when what was typed is not one product. */
const SHOWN = 20

/**
 * The shop counter: scan or type a code or name and Enter; F2 cash, F3 card; Ctrl+Enter takes
 * the money. The search box keeps the cursor so the next scan lands there.
 */
export function CashSalePage() {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const decimals = useSession((store) => store.session?.company?.decimals ?? 2)
  const { catalog } = useSalesCatalog()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  // Until the walk-in customer's prices arrive, the cart shows the products' own.
  const groupPrices = useQuery(companyPath, () => invoke('cashSale.prices', {}))
  const searchRef = useRef<HTMLInputElement>(null)
  const tenderedRef = useRef<HTMLInputElement>(null)
  const [search, setSearch] = useState('')
  const [matches, setMatches] = useState<Product[]>([])
  const [active, setActive] = useState(0)
  const [searchError, setSearchError] = useState<{ text: string; seq: number } | null>(null)
  const [lines, setLines] = useState<CartLine[]>([])
  const [method, setMethod] = useState<Method>('cash')
  const [tendered, setTendered] = useState('')
  const [errors, setErrors] = useState<{ line?: number; tendered?: string; form?: string }>({})
  const [done, setDone] = useState<CashSaleResult | null>(null)
  const [busy, setBusy] = useState(false)
  const printer = usePrint()

  const taxCodes = useMemo(
    () => new Map((catalog?.taxCodes ?? []).map((code) => [code.id, code])),
    [catalog],
  )
  const priced = useMemo(
    () => pricedCart(lines, groupPrices.data ?? [], format.locale),
    [lines, groupPrices.data, format.locale],
  )
  const total = cartTotal(priced, taxCodes, catalog?.settings.taxRounding ?? 'line', format.locale)
  const tenderedParsed = parseDecimal(tendered, decimals, format.locale)
  const tenderedValue = tenderedParsed?.ok ? tenderedParsed.value : null
  const change = tenderedValue !== null && tenderedValue >= total ? tenderedValue - total : null

  const focusSearch = () => searchRef.current?.focus()
  // A scanner types the next code while a lookup is away: clear only the text that was looked up.
  const add = (product: Product, query: string) => {
    setLines((current) => addProduct(current, product, format.locale))
    setSearch((current) => (current.trim() === query ? '' : current))
    setMatches([])
    setSearchError(null)
    setDone(null)
    setErrors({})
  }
  const flash = (text: string) => {
    setSearchError((previous) => ({ text, seq: (previous?.seq ?? 0) + 1 }))
    searchRef.current?.select()
  }

  const lookUp = async () => {
    const query = search.trim()
    // An empty Enter moves on to the money; "*3" makes the last line three.
    if (query === '') return method === 'cash' ? tenderedRef.current?.focus() : undefined
    const times = /^[*x×]\s*(\S+)$/.exec(query)
    if (times?.[1] && lines.length > 0) {
      const text = times[1]
      setLines((current) =>
        current.map((line, at) => (at === current.length - 1 ? { ...line, quantity: text } : line)),
      )
      setSearch('')
      return
    }
    const chosen = matches[active]
    if (chosen) return add(chosen, query)
    // The catalog answers at once for what it holds; the engine searches the rest.
    const local = pickProduct(query, matchProducts(catalog?.products ?? [], query, SHOWN))
    if (typeof local === 'object') return add(local, query)
    try {
      const searched = await invoke('cashSale.findProducts', { query, limit: 100 })
      // The engine lists by code alphabetically (CATER before COF-1KG for "cof"), so ask for more
      // and rank as the invoice lines do: codes before names.
      const found = matchProducts(searched, query, SHOWN)
      const pick = pickProduct(query, found)
      if (pick === 'none') flash(t('cashSale.unknown', { code: query }))
      else if (pick === 'many') {
        setMatches(found)
        setActive(0)
        setSearchError(null)
      } else add(pick, query)
    } catch (caught) {
      flash(asRpcError(caught).message)
    }
  }

  const complete = async () => {
    if (busy) return
    if (lines.length === 0) return flash(t('cashSale.nothingToSell'))
    const quantities = cartQuantities(lines, format.locale)
    if (!quantities.ok) return setErrors({ line: quantities.index })
    if (tendered.trim() !== '' && tenderedValue === null)
      return setErrors({ tendered: t('sales.problem.amount') })
    if (method === 'cash' && tenderedValue !== null && tenderedValue < total)
      return setErrors({ tendered: t('cashSale.tooLittle') })
    setBusy(true)
    setErrors({})
    try {
      const result = await invoke('cashSale.post', {
        method,
        tendered: method === 'cash' && tenderedValue !== null ? tenderedValue : undefined,
        lines: lines.map((line, index) => ({
          code: line.code,
          quantity: quantities.quantities[index] ?? 0n,
        })),
      })
      setDone(result)
      setLines([])
      setTendered('')
      setMethod('cash')
      setSearch('')
      setMatches([])
      setSearchError(null)
    } catch (caught) {
      const error = asRpcError(caught)
      setErrors(error.field === 'tendered' ? { tendered: error.message } : { form: error.message })
    } finally {
      setBusy(false)
      focusSearch()
    }
  }

  const onPageKey = (event: KeyboardEvent) => {
    if (event.key === 'F2' || event.key === 'F3') {
      event.preventDefault()
      setMethod(event.key === 'F2' ? 'cash' : 'card')
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void complete()
    } else if (event.key.toLowerCase() === 'p' && (event.ctrlKey || event.metaKey) && done) {
      event.preventDefault()
      void printer.print('receipt', done.paymentId)
    }
  }

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      void lookUp()
    } else if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault()
      setActive((index) => Math.min(index + 1, matches.length - 1))
    } else if (event.key === 'ArrowUp' && matches.length > 0) {
      event.preventDefault()
      setActive((index) => Math.max(index - 1, 0))
    } else if (event.key === 'Escape') {
      setMatches([])
    }
  }

  return (
    <div className="page cash-sale-page" onKeyDown={onPageKey}>
      {done ? (
        <Notice tone="success">
          <span data-testid="cash-sale-done">
            {t('cashSale.done', { number: done.receiptNumber, invoice: done.invoiceNumber })}
          </span>{' '}
          {done.change > 0n
            ? t('cashSale.giveChange', { amount: format.money(done.change) })
            : null}{' '}
          <PrintButton
            kind="receipt"
            id={done.paymentId}
            label={t('salesFlow.printReceipt')}
            shortcut="Ctrl+P"
            printer={printer}
          />
          {done.warnings.map((warning) => (
            <div key={warning}>{warning}</div>
          ))}
        </Notice>
      ) : null}
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <div className="card cash-sale-card">
        <div className="field cash-sale-search">
          <label htmlFor="cash-sale-search">{t('cashSale.search')}</label>
          <input
            id="cash-sale-search"
            ref={searchRef}
            autoFocus
            autoComplete="off"
            value={search}
            aria-invalid={searchError ? true : undefined}
            aria-describedby="cash-sale-search-error"
            onChange={(event) => {
              setSearch(event.target.value)
              setMatches([])
              setSearchError(null)
            }}
            onKeyDown={onSearchKey}
          />
          <div className="field-hint">{t('cashSale.keys')}</div>
          {searchError ? (
            <div
              key={searchError.seq}
              id="cash-sale-search-error"
              className="field-error flash"
              role="alert"
            >
              {searchError.text}
            </div>
          ) : null}
          {matches.length > 0 ? (
            <ul className="cash-sale-matches" role="listbox" aria-label={t('cashSale.matches')}>
              {matches.map((product, index) => (
                <li
                  key={product.id}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'active' : undefined}
                  onMouseDown={(event) => {
                    event.preventDefault()
                    add(product, search.trim())
                  }}
                >
                  <span className="mono">{product.code}</span> {product.name}{' '}
                  <span className="muted">
                    {format.money(
                      groupPriceFor(groupPrices.data ?? [], product.id, 1000n) ??
                        product.salesPrice,
                    )}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <CashSaleLines
          lines={priced}
          badLine={errors.line ?? null}
          onQuantity={(index, text) =>
            setLines((current) =>
              current.map((line, at) => (at === index ? { ...line, quantity: text } : line)),
            )
          }
          onRemove={(index) => {
            setLines((current) => current.filter((_, at) => at !== index))
            focusSearch()
          }}
        />
        <CashSalePay
          total={total}
          method={method}
          onMethod={setMethod}
          tendered={tendered}
          tenderedRef={tenderedRef}
          onBack={focusSearch}
          onTendered={setTendered}
          tenderedError={errors.tendered}
          change={change}
          busy={busy}
          onComplete={() => void complete()}
        />
      </div>
    </div>
  )
}
