/**
 * The header a CSV import reads. A file names the columns it has in any order and case; those in
 * `required` must be there, of each `oneOf` group at least one, and the rest may be left out (their
 * cells read as empty). Shared by the engine that reads the files, the CLI's help and the Import
 * screen's, so the three cannot disagree.
 */
export interface ImportColumns {
  /** Every column the import reads, in the order its rows are handed on. */
  readonly names: readonly string[]
  readonly required: readonly string[]
  readonly oneOf: readonly (readonly string[])[]
}

function importColumns(
  names: readonly string[],
  required: readonly string[],
  oneOf: readonly (readonly string[])[] = [],
): ImportColumns {
  return { names, required, oneOf }
}

/** The columns a file may leave out, in `names` order. */
export function optionalColumns(columns: ImportColumns): string[] {
  const needed = new Set([...columns.required, ...columns.oneOf.flat()])
  return columns.names.filter((name) => !needed.has(name))
}

/** What the header must name, as a person reads it: `name, customer or supplier`. */
export function requiredText(columns: ImportColumns): string {
  return [...columns.required, ...columns.oneOf.map((group) => group.join(' or '))].join(', ')
}

export const ACCOUNT_COLUMNS = importColumns(
  ['code', 'name', 'type', 'parent'],
  ['code', 'name', 'type'],
)

export const JOURNAL_COLUMNS = importColumns(
  ['date', 'reference', 'account', 'debit', 'credit', 'memo'],
  ['date', 'reference', 'account', 'debit', 'credit'],
)

export const CONTACT_COLUMNS = importColumns(
  [
    'name',
    'kind',
    'customer',
    'supplier',
    'tax_id',
    'payment_terms_days',
    'credit_limit',
    'currency',
    'person',
    'email',
    'phone',
    'address',
    'city',
    'postal_code',
    'country',
    'tags',
    'customer_group',
  ],
  ['name'],
  [['customer', 'supplier']],
)

export const PRODUCT_COLUMNS = importColumns(
  [
    'code',
    'name',
    'kind',
    'unit',
    'sales_price',
    'purchase_price',
    'tax_code',
    'income_account',
    'expense_account',
  ],
  ['code', 'name', 'kind'],
)

function tradeColumns(party: 'customer' | 'supplier'): ImportColumns {
  return importColumns(
    [
      'number',
      'date',
      'due_date',
      party,
      'product',
      'description',
      'quantity',
      'unit_price',
      'tax_code',
      'account',
      'currency',
      'rate',
    ],
    ['number', 'date', party, 'quantity'],
    [['product', 'description']],
  )
}

export const INVOICE_COLUMNS = tradeColumns('customer')

export const BILL_COLUMNS = tradeColumns('supplier')

export const ITEM_COLUMNS = importColumns(
  [
    'code',
    'name',
    'unit',
    'sales_price',
    'purchase_price',
    'valuation',
    'category',
    'reorder_level',
    'reorder_quantity',
    'lot_tracked',
    'barcodes',
    'units',
  ],
  ['code', 'name'],
)

export const OPENING_STOCK_COLUMNS = importColumns(
  ['item', 'warehouse', 'quantity', 'unit_cost', 'lot', 'expiry', 'bin', 'date'],
  ['item', 'warehouse', 'quantity', 'unit_cost'],
)

export const PAY_INPUT_COLUMNS = importColumns(
  ['employee', 'days_worked', 'unpaid_leave_days', 'overtime_hours'],
  ['employee'],
  [['days_worked', 'unpaid_leave_days', 'overtime_hours']],
)
