import type { MessageKey } from '../i18n/translate'
import type { PageName, Route } from '../routing/routes'

export interface NavItem {
  route: Route
  label: MessageKey
  /** The pages that light this item up in the sidebar. */
  pages: readonly PageName[]
}

export interface NavGroup {
  label: MessageKey
  items: readonly NavItem[]
}

/**
 * The sidebar, by module, the shop's daily work first (selling, buying, stock) and the books and
 * reports after; the "go to" palette offers the same screens.
 */
export const NAV_GROUPS: readonly NavGroup[] = [
  {
    label: 'nav.group.home',
    items: [{ route: { page: 'home' }, label: 'nav.home', pages: ['home'] }],
  },
  {
    label: 'nav.group.sales',
    items: [
      { route: { page: 'invoice-new' }, label: 'nav.newInvoice', pages: ['invoice-new'] },
      {
        route: { page: 'invoices' },
        label: 'nav.invoices',
        pages: ['invoices', 'invoice', 'credit-note-new'],
      },
      { route: { page: 'credit-notes' }, label: 'nav.creditNotes', pages: ['credit-notes'] },
      { route: { page: 'payment-new' }, label: 'nav.receivePayment', pages: ['payment-new'] },
      { route: { page: 'cash-sale' }, label: 'nav.cashSale', pages: ['cash-sale'] },
      { route: { page: 'quotes' }, label: 'nav.quotes', pages: ['quotes', 'quote', 'quote-new'] },
      {
        route: { page: 'sales-orders' },
        label: 'nav.salesOrders',
        pages: ['sales-orders', 'sales-order', 'sales-order-new'],
      },
      {
        route: { page: 'customers' },
        label: 'nav.customers',
        pages: ['customers', 'contact', 'contact-new'],
      },
      { route: { page: 'products' }, label: 'nav.products', pages: ['products'] },
      { route: { page: 'tax-codes' }, label: 'nav.taxCodes', pages: ['tax-codes'] },
      {
        route: { page: 'price-lists' },
        label: 'nav.priceLists',
        pages: ['price-lists', 'price-list'],
      },
    ],
  },
  {
    label: 'nav.group.purchases',
    items: [
      { route: { page: 'bill-new' }, label: 'nav.newBill', pages: ['bill-new'] },
      { route: { page: 'bills' }, label: 'nav.bills', pages: ['bills', 'bill', 'debit-note-new'] },
      {
        route: { page: 'purchase-orders' },
        label: 'nav.purchaseOrders',
        pages: ['purchase-orders', 'purchase-order', 'purchase-order-new'],
      },
      {
        route: { page: 'supplier-payments' },
        label: 'nav.supplierPayments',
        pages: ['supplier-payments'],
      },
      { route: { page: 'debit-notes' }, label: 'nav.debitNotes', pages: ['debit-notes'] },
      {
        route: { page: 'supplier-payment-new' },
        label: 'nav.paySupplier',
        pages: ['supplier-payment-new'],
      },
      {
        route: { page: 'suppliers' },
        label: 'nav.suppliers',
        pages: ['suppliers', 'supplier', 'supplier-new'],
      },
    ],
  },
  {
    label: 'nav.group.inventory',
    items: [
      { route: { page: 'stock-receive' }, label: 'nav.stockReceive', pages: ['stock-receive'] },
      { route: { page: 'stock-deliver' }, label: 'nav.stockDeliver', pages: ['stock-deliver'] },
      { route: { page: 'stock-transfer' }, label: 'nav.stockTransfer', pages: ['stock-transfer'] },
      { route: { page: 'stock-adjust' }, label: 'nav.stockAdjust', pages: ['stock-adjust'] },
      { route: { page: 'stock-count' }, label: 'nav.stockCount', pages: ['stock-count'] },
      {
        route: { page: 'stock-documents' },
        label: 'nav.stockDocuments',
        pages: ['stock-documents', 'stock-doc'],
      },
      { route: { page: 'items' }, label: 'nav.items', pages: ['items', 'item'] },
      {
        route: { page: 'item-categories' },
        label: 'nav.itemCategories',
        pages: ['item-categories'],
      },
      {
        route: { page: 'warehouses' },
        label: 'nav.warehouses',
        pages: ['warehouses', 'warehouse'],
      },
      {
        route: { page: 'inventory-report', name: 'stock-summary' },
        label: 'nav.stockSummary',
        pages: [],
      },
      {
        route: { page: 'inventory-report', name: 'stock-ledger' },
        label: 'nav.stockLedger',
        pages: [],
      },
      {
        route: { page: 'inventory-report', name: 'stock-valuation' },
        label: 'nav.stockValuation',
        pages: [],
      },
      {
        route: { page: 'inventory-report', name: 'low-stock' },
        label: 'nav.lowStock',
        pages: [],
      },
      {
        route: { page: 'inventory-report', name: 'expiring-lots' },
        label: 'nav.expiringLots',
        pages: [],
      },
    ],
  },
  {
    label: 'nav.group.payroll',
    items: [
      { route: { page: 'employees' }, label: 'nav.employees', pages: ['employees', 'employee'] },
      {
        route: { page: 'pay-runs' },
        label: 'nav.payRuns',
        pages: ['pay-runs', 'pay-run', 'payslip'],
      },
      {
        route: { page: 'pay-components' },
        label: 'nav.payComponents',
        pages: ['pay-components', 'pay-component'],
      },
      {
        route: { page: 'salary-structures' },
        label: 'nav.salaryStructures',
        pages: ['salary-structures', 'salary-structure-new', 'salary-structure'],
      },
      { route: { page: 'rule-packs' }, label: 'nav.rulePacks', pages: ['rule-packs', 'rule-pack'] },
      {
        route: { page: 'payroll-report', name: 'payroll-register' },
        label: 'nav.payrollRegister',
        pages: [],
      },
      {
        route: { page: 'payroll-report', name: 'payroll-liabilities' },
        label: 'nav.payrollLiabilities',
        pages: [],
      },
      {
        route: { page: 'payroll-report', name: 'payroll-ytd' },
        label: 'nav.payrollYtd',
        pages: [],
      },
    ],
  },
  {
    label: 'nav.group.books',
    items: [
      { route: { page: 'journal-new' }, label: 'nav.newEntry', pages: ['journal-new'] },
      {
        route: { page: 'journal-list' },
        label: 'nav.journal',
        pages: ['journal-list', 'journal-entry'],
      },
      { route: { page: 'accounts' }, label: 'nav.accounts', pages: ['accounts'] },
    ],
  },
  {
    label: 'nav.group.reports',
    items: [
      { route: { page: 'trial-balance' }, label: 'nav.trialBalance', pages: ['trial-balance'] },
      {
        route: { page: 'general-ledger' },
        label: 'nav.generalLedger',
        pages: ['general-ledger'],
      },
      {
        route: { page: 'profit-and-loss' },
        label: 'nav.profitAndLoss',
        pages: ['profit-and-loss'],
      },
      { route: { page: 'balance-sheet' }, label: 'nav.balanceSheet', pages: ['balance-sheet'] },
      {
        route: { page: 'receivables-ageing' },
        label: 'nav.receivablesAgeing',
        pages: ['receivables-ageing'],
      },
      {
        route: { page: 'payables-ageing' },
        label: 'nav.payablesAgeing',
        pages: ['payables-ageing'],
      },
      {
        route: { page: 'purchases-by-supplier' },
        label: 'nav.purchasesBySupplier',
        pages: ['purchases-by-supplier'],
      },
    ],
  },
  {
    label: 'nav.group.company',
    items: [
      { route: { page: 'import' }, label: 'nav.import', pages: ['import'] },
      { route: { page: 'settings' }, label: 'nav.settings', pages: ['settings'] },
    ],
  },
]

/**
 * Forms the palette offers by name that the sidebar reaches through their list's New button, so a
 * keyboard user types "new quote" as they type "new invoice".
 */
export const PALETTE_ONLY_SCREENS: readonly { route: Route; label: MessageKey }[] = [
  { route: { page: 'quote-new' }, label: 'nav.newQuote' },
  { route: { page: 'sales-order-new' }, label: 'nav.newSalesOrder' },
  { route: { page: 'contact-new' }, label: 'nav.newContact' },
  { route: { page: 'purchase-order-new' }, label: 'nav.newPurchaseOrder' },
  { route: { page: 'supplier-new' }, label: 'nav.newSupplier' },
  { route: { page: 'salary-structure-new' }, label: 'nav.newSalaryStructure' },
]

/** Whether the sidebar item is the screen shown: a report's item lights up for that report only. */
export function isNavItemActive(item: NavItem, route: Route): boolean {
  if ('name' in item.route && 'name' in route) {
    return item.route.page === route.page && item.route.name === route.name
  }
  return item.pages.includes(route.page)
}

/** The header's title: the screen's name, and for an inventory or payroll report its own name. */
export function pageTitle(route: Route): MessageKey {
  if (route.page === 'inventory-report' || route.page === 'payroll-report') {
    const item = NAV_GROUPS.flatMap((group) => group.items).find((candidate) =>
      isNavItemActive(candidate, route),
    )
    if (item) return item.label
  }
  return PAGE_TITLES[route.page]
}

export const PAGE_TITLES: Record<PageName, MessageKey> = {
  home: 'nav.home',
  'journal-new': 'nav.newEntry',
  'journal-list': 'nav.journal',
  'journal-entry': 'entry.detail.title',
  accounts: 'nav.accounts',
  'trial-balance': 'nav.trialBalance',
  'general-ledger': 'nav.generalLedger',
  'profit-and-loss': 'nav.profitAndLoss',
  'balance-sheet': 'nav.balanceSheet',
  'new-company': 'wizard.title',
  settings: 'nav.settings',
  import: 'nav.import',
  'not-found': 'page.notFound',
  customers: 'nav.customers',
  contact: 'nav.contact',
  'contact-new': 'nav.newContact',
  products: 'nav.products',
  'tax-codes': 'nav.taxCodes',
  invoices: 'nav.invoices',
  'invoice-new': 'nav.newInvoice',
  invoice: 'nav.invoice',
  'credit-note-new': 'nav.newCreditNote',
  'payment-new': 'nav.receivePayment',
  'receivables-ageing': 'nav.receivablesAgeing',
  'cash-sale': 'nav.cashSale',
  quotes: 'nav.quotes',
  'quote-new': 'nav.newQuote',
  quote: 'nav.quote',
  'sales-orders': 'nav.salesOrders',
  'sales-order': 'nav.salesOrder',
  'sales-order-new': 'nav.newSalesOrder',
  'price-lists': 'nav.priceLists',
  'price-list': 'nav.priceList',
  suppliers: 'nav.suppliers',
  supplier: 'nav.supplier',
  'supplier-new': 'nav.newSupplier',
  bills: 'nav.bills',
  'bill-new': 'nav.newBill',
  bill: 'nav.bill',
  'debit-note-new': 'nav.newDebitNote',
  'supplier-payment-new': 'nav.paySupplier',
  'payables-ageing': 'nav.payablesAgeing',
  'purchases-by-supplier': 'nav.purchasesBySupplier',
  'purchase-orders': 'nav.purchaseOrders',
  'purchase-order': 'nav.purchaseOrder',
  'purchase-order-new': 'nav.newPurchaseOrder',
  'supplier-payments': 'nav.supplierPayments',
  'debit-notes': 'nav.debitNotes',
  'credit-notes': 'nav.creditNotes',
  employees: 'nav.employees',
  employee: 'nav.employee',
  'pay-runs': 'nav.payRuns',
  'pay-run': 'nav.payRun',
  payslip: 'nav.payslip',
  'payroll-report': 'nav.payrollReport',
  'pay-components': 'nav.payComponents',
  'pay-component': 'nav.payComponent',
  'salary-structures': 'nav.salaryStructures',
  'salary-structure-new': 'nav.newSalaryStructure',
  'salary-structure': 'nav.salaryStructure',
  'rule-packs': 'nav.rulePacks',
  'rule-pack': 'nav.rulePack',
  'stock-receive': 'nav.stockReceive',
  'stock-deliver': 'nav.stockDeliver',
  'stock-transfer': 'nav.stockTransfer',
  'stock-adjust': 'nav.stockAdjust',
  'stock-count': 'nav.stockCount',
  'stock-documents': 'nav.stockDocuments',
  'stock-doc': 'nav.stockDoc',
  items: 'nav.items',
  item: 'nav.item',
  'item-categories': 'nav.itemCategories',
  warehouses: 'nav.warehouses',
  warehouse: 'nav.warehouse',
  'inventory-report': 'nav.inventoryReport',
}
