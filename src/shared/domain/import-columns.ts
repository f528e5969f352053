/**
 * The header each trade import reads, in this order (any order and case are accepted): shared by
 * the engine that reads the files, the CLI's help and the Import screen's.
 */
export const CONTACT_COLUMNS = [
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
] as const

export const PRODUCT_COLUMNS = [
  'code',
  'name',
  'kind',
  'unit',
  'sales_price',
  'purchase_price',
  'tax_code',
  'income_account',
  'expense_account',
] as const

export const INVOICE_COLUMNS = [
  'number',
  'date',
  'due_date',
  'customer',
  'product',
  'description',
  'quantity',
  'unit_price',
  'tax_code',
  'account',
] as const

export const BILL_COLUMNS = INVOICE_COLUMNS.map((column) =>
  column === 'customer' ? 'supplier' : column,
)
