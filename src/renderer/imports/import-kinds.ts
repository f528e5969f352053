import type { MessageKey } from '../i18n/translate'
import type { ImportKind } from '../routing/routes'

export interface ImportKindInfo {
  label: MessageKey
  /** The header the engine expects, in this order (any order and case are accepted). */
  columns: readonly string[]
  help: MessageKey
  example: MessageKey
  clean: MessageKey
  done: MessageKey
}

/** What each kind of import reads; the column names are the CSV header, so they stay as typed. */
export const IMPORT_KINDS: Record<ImportKind, ImportKindInfo> = {
  accounts: {
    label: 'import.kind.accounts',
    columns: ['code', 'name', 'type', 'parent'],
    help: 'import.help.accounts',
    example: 'import.example.accounts',
    clean: 'import.clean.accounts',
    done: 'import.done.accounts',
  },
  journal: {
    label: 'import.kind.journal',
    columns: ['date', 'reference', 'account', 'debit', 'credit', 'memo'],
    help: 'import.help.journal',
    example: 'import.example.journal',
    clean: 'import.clean.journal',
    done: 'import.done.journal',
  },
}

export const IMPORT_KIND_ORDER: readonly ImportKind[] = ['accounts', 'journal']
