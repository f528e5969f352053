import { useState } from 'react'
import type { ImportResult } from '../../shared/domain/imports'
import { asRpcError } from '../api/rpc-error'
import type { ImportKind } from '../routing/routes'
import { useInvoke, useServices } from '../state/services'
import { IMPORT_KINDS } from './import-kinds'

interface Checked {
  kind: ImportKind
  text: string
  result: ImportResult
}

/**
 * The import screen's state: the CSV text (typed, pasted or read from a file), the last dry run
 * and what it was run on, and the outcome of the real import. Import is allowed only for the
 * exact text and kind a dry run found clean.
 */
export function useImport(kind: ImportKind) {
  const invoke = useInvoke()
  const { accounts, sales } = useServices()
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [imported, setImported] = useState<{ kind: ImportKind; result: ImportResult } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const current = checked && checked.kind === kind && checked.text === text ? checked : null
  const canImport = !busy && text.trim() !== '' && current?.result.problems.length === 0

  const call = (csv: string, dryRun: boolean) =>
    invoke(IMPORT_KINDS[kind].procedure, { csv, dryRun })

  const run = async (dryRun: boolean) => {
    if (busy || (!dryRun && !canImport)) return
    setBusy(true)
    setError(null)
    setImported(null)
    const csv = text
    try {
      const result = await call(csv, dryRun)
      if (dryRun || result.problems.length > 0) setChecked({ kind, text: csv, result })
      else {
        setChecked(null)
        setImported({ kind, result })
        setText('')
        setFileName(null)
        if (kind === 'accounts') await accounts.getState().load()
        // Contacts, products and items belong in the forms' catalog: it loads again with them.
        else if (kind !== 'journal') sales.getState().clear()
      }
    } catch (caught) {
      setError(asRpcError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  return {
    text,
    fileName,
    /** The dry run of what is in the box now, if it has been checked. */
    checked: current,
    imported: imported?.kind === kind ? imported.result : null,
    error,
    busy,
    canImport,
    setText: (value: string, file: string | null = null) => {
      setText(value)
      setFileName(file)
      setImported(null)
    },
    setError,
    check: () => run(true),
    importNow: () => run(false),
  }
}
