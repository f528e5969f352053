/**
 * The words on printed sales documents, in one place so a translated set can replace them.
 * English for now; the company's locale already drives money, dates and direction.
 */
export const PRINT_LABELS = {
  title: {
    quote: 'Quote',
    sales_order: 'Sales order',
    invoice: 'Invoice',
    credit_note: 'Credit note',
    receipt: 'Payment receipt',
  },
  date: 'Date',
  dueDate: 'Due date',
  validUntil: 'Valid until',
  deliveryBy: 'Deliver by',
  reference: 'Reference',
  creditedInvoice: 'Against invoice',
  status: 'Status',
  recipient: 'Bill to',
  receivedFrom: 'Received from',
  taxId: 'Tax ID',
  page: 'Page {page} of {pages}',
  paidInto: 'Paid into',
  columns: {
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    tax: 'Tax',
    amount: 'Amount',
    document: 'Invoice',
    documentDate: 'Invoice date',
    applied: 'Applied',
  },
  net: 'Net',
  tax: 'Tax',
  total: 'Total',
  paid: 'Paid',
  balanceDue: 'Balance due',
  creditLeft: 'Credit not yet used',
  received: 'Amount received',
  keptAsCredit: 'Kept as credit',
  paymentStatus: {
    paid: 'Paid',
    partlyPaid: 'Partly paid',
    unpaid: 'Unpaid',
    cancelled: 'Cancelled',
  },
} as const
