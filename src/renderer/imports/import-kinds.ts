import type { MessageKey } from '../i18n/translate'
import {
  ACCOUNT_COLUMNS,
  BILL_COLUMNS,
  CONTACT_COLUMNS,
  INVOICE_COLUMNS,
  ITEM_COLUMNS,
  JOURNAL_COLUMNS,
  OPENING_STOCK_COLUMNS,
  PRODUCT_COLUMNS,
  type ImportColumns,
} from '../../shared/domain/import-columns'
import type { ProcedureName } from '../../shared/rpc/contract'
import { IMPORT_KIND_NAMES, type ImportKind, type Route } from '../routing/routes'

export interface ImportKindInfo {
  /** The RPC procedure that reads the file (a dry run or the import). */
  procedure: Extract<ProcedureName, `import.${string}`>
  label: MessageKey
  /** The header the engine reads: the same list, so the help cannot disagree with it. */
  columns: ImportColumns
  help: MessageKey
  example: MessageKey
  clean: MessageKey
  done: MessageKey
  /** Where what was imported is listed, when not the chart or the journal. */
  opens?: Route
  /** The link's words to `opens`, when not "Open them". */
  openLabel?: MessageKey
}

/** The trade and stock imports' words follow one pattern: `import.<part>.<kind>`. */
function tradeKind(
  kind: 'contacts' | 'products' | 'invoices' | 'bills' | 'items' | 'openingStock',
  columns: ImportColumns,
  opens: Route,
  openLabel?: MessageKey,
): ImportKindInfo {
  return {
    procedure: `import.${kind}`,
    label: `import.kind.${kind}`,
    columns,
    help: `import.help.${kind}`,
    example: `import.example.${kind}`,
    clean: `import.clean.${kind}`,
    done: `import.done.${kind}`,
    opens,
    openLabel,
  }
}

/** What each kind of import reads; the column names are the CSV header, so they stay as typed. */
export const IMPORT_KINDS: Record<ImportKind, ImportKindInfo> = {
  accounts: {
    procedure: 'import.accounts',
    label: 'import.kind.accounts',
    columns: ACCOUNT_COLUMNS,
    help: 'import.help.accounts',
    example: 'import.example.accounts',
    clean: 'import.clean.accounts',
    done: 'import.done.accounts',
  },
  journal: {
    procedure: 'import.journal',
    label: 'import.kind.journal',
    columns: JOURNAL_COLUMNS,
    help: 'import.help.journal',
    example: 'import.example.journal',
    clean: 'import.clean.journal',
    done: 'import.done.journal',
  },
  contacts: tradeKind('contacts', CONTACT_COLUMNS, { page: 'customers' }),
  products: tradeKind('products', PRODUCT_COLUMNS, { page: 'products' }),
  invoices: tradeKind('invoices', INVOICE_COLUMNS, { page: 'invoices' }),
  bills: tradeKind('bills', BILL_COLUMNS, { page: 'bills' }),
  items: tradeKind('items', ITEM_COLUMNS, { page: 'items' }, 'import.openItems'),
  'opening-stock': tradeKind(
    'openingStock',
    OPENING_STOCK_COLUMNS,
    { page: 'items' },
    'import.openItems',
  ),
}

export const IMPORT_KIND_ORDER: readonly ImportKind[] = IMPORT_KIND_NAMES
