import type { ImportResult } from '../../../../shared/domain/imports'
import type { CompanyContext } from '../../../engine/company/company-context'
import { importItems } from '../../../engine/import/items-import'
import { ITEM_COLUMNS, OPENING_STOCK_COLUMNS } from '../../../../shared/domain/import-columns'
import { importOpeningStock } from '../../../engine/import/opening-stock-import'
import { importKindHelp } from './import-column-help'

/** Stocked items and opening stock, as `daftar import` kinds. */
export const INVENTORY_IMPORT_KINDS: Record<
  'items' | 'opening-stock',
  {
    run: (ctx: CompanyContext, csv: Uint8Array, options: { dryRun: boolean }) => ImportResult
    created: [string, string]
  }
> = {
  items: { run: importItems, created: ['item', 'items'] },
  'opening-stock': {
    run: importOpeningStock,
    created: ['opening stock document', 'opening stock documents'],
  },
}

export const INVENTORY_IMPORT_HELP = [
  ...importKindHelp('items', ITEM_COLUMNS, [
    'a known code updates the item, an empty cell (or a column left out) keeps',
    'what it has; valuation fifo or average; lot_tracked yes or no;',
    'barcodes like 400638133393|1400638133393:box; units like box=12|case=144',
  ]),
  ...importKindHelp('opening-stock', OPENING_STOCK_COLUMNS, [
    'item and warehouse by code, quantity in the base unit, unit cost per base',
    'unit; one posted opening stock document per warehouse and date (today',
    'when empty)',
  ]),
]
