import { useState } from 'react'
import type { Product } from '../../../shared/domain/sales'
import { asRpcError } from '../../api/rpc-error'
import { Amount } from '../../components/amount'
import { Notice } from '../../components/notice'
import { ShowArchived } from '../../components/show-archived'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke, useServices } from '../../state/services'
import { useSalesCatalog } from '../use-sales-catalog'
import { ListSearch, VirtualRows } from '../virtual-rows'
import { ProductForm } from './product-form'

type Mode = { kind: 'new' } | { kind: 'edit'; product: Product }

/** Products and services with their prices; Enter on a row edits it. */
export function ProductList() {
  const { t, tn } = useI18n()
  const invoke = useInvoke()
  const sales = useServices().sales
  const { catalog, error } = useSalesCatalog()
  const [search, setSearch] = useState('')
  const [showArchived, setShowArchived] = useState(false)
  const [mode, setMode] = useState<Mode | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  const all = (catalog?.products ?? []).filter((product) => showArchived || !product.archived)
  const q = search.trim().toLocaleLowerCase()
  const products = q
    ? all.filter((product) =>
        [product.code, product.name].some((text) => text.toLocaleLowerCase().includes(q)),
      )
    : all
  const taxOf = (id: string | null) => catalog?.taxCodes.find((code) => code.id === id)?.code ?? ''

  const setArchived = async (product: Product) => {
    setActionError(null)
    try {
      sales
        .getState()
        .putProduct(
          await invoke('products.setArchived', { id: product.id, archived: !product.archived }),
        )
    } catch (caught) {
      setActionError(asRpcError(caught).message)
    }
  }

  return (
    <div className="page list-page">
      <div className="toolbar filters">
        <ListSearch
          value={search}
          label={t('products.search')}
          onChange={setSearch}
          onEnter={() => products[0] && setMode({ kind: 'edit', product: products[0] })}
        />
        <ShowArchived checked={showArchived} onChange={setShowArchived} />
        <button type="button" className="primary" onClick={() => setMode({ kind: 'new' })}>
          {t('products.new')}
        </button>
      </div>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {actionError ? <Notice tone="error">{actionError}</Notice> : null}
      {mode ? (
        <ProductForm
          key={mode.kind === 'edit' ? mode.product.id : 'new'}
          product={mode.kind === 'edit' ? mode.product : null}
          onDone={() => setMode(null)}
        />
      ) : null}
      <div className="list-summary muted" aria-live="polite">
        {catalog ? tn('products.count', products.length) : t('app.loading')}
      </div>
      <VirtualRows
        rows={products}
        label={t('nav.products')}
        className="products-list"
        idPrefix="product-row"
        empty={catalog ? t('products.empty') : t('app.loading')}
        rowKey={(product) => product.id}
        onOpen={(product) => setMode({ kind: 'edit', product })}
        head={
          <>
            <span role="columnheader">{t('products.field.code')}</span>
            <span role="columnheader">{t('products.field.name')}</span>
            <span role="columnheader">{t('products.field.kind')}</span>
            <span role="columnheader">{t('products.field.taxCode')}</span>
            <span role="columnheader" className="end">
              {t('products.field.salesPrice')}
            </span>
            <span role="columnheader" />
          </>
        }
        cells={(product) => (
          <>
            <span role="gridcell" className="mono">
              {product.code}
            </span>
            <span role="gridcell" className="ellipsis">
              {product.name}
              {product.archived ? <span className="badge">{t('sales.archived')}</span> : null}
            </span>
            <span role="gridcell">{t(`products.kind.${product.kind}`)}</span>
            <span role="gridcell" className="mono">
              {taxOf(product.taxCodeId)}
            </span>
            <span role="gridcell" className="end">
              <Amount value={product.salesPrice} />
            </span>
            <span role="gridcell" className="end">
              <button
                type="button"
                className="link"
                tabIndex={-1}
                onClick={(event) => {
                  event.stopPropagation()
                  void setArchived(product)
                }}
              >
                {product.archived ? t('sales.unarchive') : t('sales.archive')}
              </button>
            </span>
          </>
        )}
      />
    </div>
  )
}
