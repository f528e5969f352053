import { ChartOfAccounts } from '../accounts/chart-of-accounts'
import { HomePage } from '../dashboard/home-page'
import { FirstRunWizard } from '../company/first-run-wizard'
import { CompanySettingsPage } from '../company/settings-page'
import { ImportPage } from '../imports/import-page'
import { useI18n } from '../i18n/i18n-context'
import { EntryDetail } from '../journal/entry-detail'
import { EntryForm } from '../journal/entry-form'
import { JournalList } from '../journal/journal-list'
import { BalanceSheetReport } from '../reports/balance-sheet'
import { GeneralLedgerReport } from '../reports/general-ledger'
import { ProfitAndLossReport } from '../reports/profit-and-loss'
import { TrialBalanceReport } from '../reports/trial-balance'
import type { Route } from '../routing/routes'
import { isInventoryRoute } from '../routing/inventory-routes'
import { isPayrollRoute } from '../routing/payroll-routes'
import { isPurchaseRoute } from '../routing/purchase-routes'
import { isSalesRoute } from '../routing/sales-routes'
import { isStockRoute } from '../routing/stock-routes'
import { PurchasePage } from '../purchases/purchase-pages'
import { PayrollPage } from '../payroll/payroll-pages'
import { InventoryPage } from '../inventory/inventory-pages'
import { SalesPage } from '../sales/sales-pages'
import { StockPage } from '../stock/stock-pages'

/** The screen for a route. */
export function PageView(props: { route: Route }) {
  const { t } = useI18n()
  const route = props.route
  if (isSalesRoute(route)) return <SalesPage route={route} />
  if (isPurchaseRoute(route)) return <PurchasePage route={route} />
  if (isPayrollRoute(route)) return <PayrollPage route={route} />
  if (isInventoryRoute(route)) return <InventoryPage route={route} />
  if (isStockRoute(route)) return <StockPage route={route} />
  switch (route.page) {
    case 'home':
      return <HomePage />
    case 'journal-new':
      return <EntryForm draftId={route.draft} />
    case 'journal-list':
      return <JournalList filters={route} />
    case 'journal-entry':
      return <EntryDetail id={route.id} />
    case 'accounts':
      return <ChartOfAccounts />
    case 'trial-balance':
      return <TrialBalanceReport route={route} />
    case 'general-ledger':
      return <GeneralLedgerReport route={route} />
    case 'profit-and-loss':
      return <ProfitAndLossReport route={route} />
    case 'balance-sheet':
      return <BalanceSheetReport route={route} />
    case 'new-company':
      return <FirstRunWizard embedded />
    case 'settings':
      return <CompanySettingsPage />
    case 'import':
      return <ImportPage kind={route.kind ?? 'journal'} />
    case 'not-found':
      return <p className="empty">{t('page.notFoundText', { path: route.path })}</p>
  }
}
