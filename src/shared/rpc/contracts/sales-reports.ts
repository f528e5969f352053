import { z } from 'zod'
import type {
  CustomerStatement,
  SalesByCustomer,
  SalesByMonth,
  SalesByProduct,
  TaxSummary,
} from '../../domain/sales-reports'
import { procedure } from '../procedure'
import { isoDate } from '../fields'

const range = { from: isoDate, to: isoDate }
/** A contact's id or its exact name. */
const contact = z.string().min(1).max(200)

/**
 * The sales reports for the screens, spread into the one contract. The receivables ageing is
 * `reports.receivablesAgeing` in the sales contract.
 */
export const salesReportsContract = {
  'reports.customerStatement': procedure<CustomerStatement>()(
    z.object({ ...range, contact }),
    'read',
  ),
  'reports.salesByCustomer': procedure<SalesByCustomer>()(
    z.object({ ...range, contact: contact.optional() }),
    'read',
  ),
  'reports.salesByProduct': procedure<SalesByProduct>()(
    z.object({ ...range, contact: contact.optional() }),
    'read',
  ),
  'reports.salesByMonth': procedure<SalesByMonth>()(
    z.object({ ...range, contact: contact.optional() }),
    'read',
  ),
  'reports.taxSummary': procedure<TaxSummary>()(z.object(range), 'read'),
} as const
