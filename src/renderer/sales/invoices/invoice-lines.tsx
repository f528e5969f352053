import type { ReactNode } from 'react'
import type { Account } from '../../../shared/domain/ledger'
import type { Product, TaxCode } from '../../../shared/domain/sales'
import { Amount } from '../../components/amount'
import { LineGrid, lineCellErrors } from '../../components/line-grid'
import { useI18n } from '../../i18n/i18n-context'
import { useStockHint } from '../../inventory/sales/stock-hint'
import { AccountCell } from '../../journal/account-cell'
import { PickCell } from '../../components/pick-cell'
import { rateText } from '../sales-numbers'
import { matchProducts } from '../sales-match'
import { invoiceLineField, type InvoiceLineColumn, type InvoiceLineDraft } from './invoice-draft'
import type { TaxedLine as Taxed } from '../../../shared/money/tax-math'

/**
 * The invoice's lines: product (autocomplete by code or name, showing the price), description,
 * quantity, unit price, tax code and account; net, tax and gross per line as they are typed.
 */
export function InvoiceLines(props: {
  lines: readonly InvoiceLineDraft[]
  taxed: readonly Taxed[]
  products: readonly Product[]
  taxCodes: readonly TaxCode[]
  accounts: readonly Account[]
  errors: Readonly<Record<string, string>>
  onChange: (key: string, patch: Partial<InvoiceLineDraft>) => void
  onPickProduct: (key: string, product: Product) => void
  onAdvance: (field: string) => void
  onRemove: (key: string) => void
  footer: ReactNode
  /** Bills show and fill the purchase price. */
  purchase?: boolean
}) {
  const { t, format } = useI18n()
  const { errorOf, describedBy, cellError } = lineCellErrors(props.errors, invoiceLineField)
  const live = props.taxCodes.filter((code) => !code.archived)
  const stockHint = useStockHint(props.products)

  return (
    <LineGrid
      className="grid entry-lines invoice-lines"
      lines={props.lines}
      removeLabel={(n) => t('invoice.removeLineN', { n })}
      onRemove={props.onRemove}
      footer={props.footer}
      head={
        <>
          <th className="col-product">{t('invoice.col.product')}</th>
          <th>{t('invoice.col.description')}</th>
          <th className="col-qty end">{t('invoice.col.quantity')}</th>
          <th className="col-price end">{t('invoice.col.price')}</th>
          <th className="col-tax">{t('invoice.col.tax')}</th>
          <th className="col-line-account">{t('entry.col.account')}</th>
          <th className="col-money end">{t('invoice.col.net')}</th>
          <th className="col-money end">{t('invoice.col.taxAmount')}</th>
          <th className="col-money end">{t('invoice.col.gross')}</th>
        </>
      }
      cells={(line, n, index) => {
        const taxed = props.taxed[index]
        const field = (column: InvoiceLineColumn) => invoiceLineField(line.key, column)
        const text = (
          column: 'description' | 'quantity' | 'unitPrice',
          label: string,
          numeric: boolean,
        ) => (
          <input
            data-field={field(column)}
            className={numeric ? 'amount-input' : undefined}
            inputMode={numeric ? 'decimal' : undefined}
            dir={numeric ? undefined : 'auto'}
            autoComplete="off"
            aria-label={label}
            aria-invalid={errorOf(line.key, column) ? true : undefined}
            aria-describedby={describedBy(line.key, column)}
            value={line[column]}
            onChange={(event) => props.onChange(line.key, { [column]: event.target.value })}
          />
        )
        return (
          <>
            <td className="col-product">
              <PickCell
                field={field('product')}
                text={line.productText}
                picked={!!line.productId}
                label={t('invoice.productOfLine', { n })}
                empty={t('invoice.noProductMatches')}
                invalid={!!errorOf(line.key, 'product')}
                describedBy={describedBy(line.key, 'product')}
                options={(typed) =>
                  matchProducts(props.products, typed).map((product) => ({
                    key: product.id,
                    item: product,
                    content: (
                      <>
                        <span className="autocomplete-code">{product.code}</span>
                        <span className="autocomplete-name">{product.name}</span>
                        <span className="autocomplete-price">
                          {format.money(
                            props.purchase ? product.purchasePrice : product.salesPrice,
                          )}
                        </span>
                        {stockHint(product)}
                      </>
                    ),
                  }))
                }
                onType={(typed) => props.onChange(line.key, { productText: typed, productId: '' })}
                onPick={(product) => props.onPickProduct(line.key, product)}
                onAdvance={() => props.onAdvance(field('product'))}
              />
              {cellError(line.key, 'product')}
            </td>
            <td>
              {text('description', t('invoice.descriptionOfLine', { n }), false)}
              {cellError(line.key, 'description')}
            </td>
            <td className="col-qty">
              {text('quantity', t('invoice.quantityOfLine', { n }), true)}
              {cellError(line.key, 'quantity')}
            </td>
            <td className="col-price">
              {text('unitPrice', t('invoice.priceOfLine', { n }), true)}
              {cellError(line.key, 'unitPrice')}
            </td>
            <td className="col-tax">
              <select
                data-field={field('taxCode')}
                aria-label={t('invoice.taxOfLine', { n })}
                aria-invalid={errorOf(line.key, 'taxCode') ? true : undefined}
                value={line.taxCodeId}
                onChange={(event) => props.onChange(line.key, { taxCodeId: event.target.value })}
              >
                <option value="">{t('taxCodes.noTax')}</option>
                {live.map((code) => (
                  <option key={code.id} value={code.id}>
                    {code.code} {rateText(code.rate)}%
                  </option>
                ))}
              </select>
              {cellError(line.key, 'taxCode')}
            </td>
            <td className="col-line-account">
              <AccountCell
                field={field('account')}
                text={line.accountText}
                accountId={line.accountId}
                accounts={props.accounts}
                label={t('invoice.accountOfLine', { n })}
                invalid={!!errorOf(line.key, 'account')}
                describedBy={describedBy(line.key, 'account')}
                onChange={(accountText, accountId) =>
                  props.onChange(line.key, { accountText, accountId })
                }
                onAdvance={() => props.onAdvance(field('account'))}
              />
              {cellError(line.key, 'account')}
            </td>
            <td className="end line-money" data-amount="net">
              <Amount value={taxed?.net ?? 0n} blankZero />
            </td>
            <td className="end line-money" data-amount="tax">
              <Amount value={taxed?.tax ?? 0n} blankZero />
            </td>
            <td className="end line-money" data-amount="gross">
              <Amount value={taxed?.gross ?? 0n} blankZero />
            </td>
          </>
        )
      }}
    />
  )
}
