import { useState } from 'react'
import type { PrintKind } from '../../../shared/domain/sales-flow'
import { asRpcError } from '../../api/rpc-error'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { downloadPdf } from './download-pdf'

/** Prints a document as a PDF and saves it; busy while the engine renders, the error if any. */
export function usePrint() {
  const invoke = useInvoke()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const print = async (kind: PrintKind, id: string) => {
    setBusy(true)
    setError(null)
    try {
      downloadPdf(await invoke('print.pdf', { kind, id }))
    } catch (caught) {
      setError(asRpcError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  return { print, busy, error }
}

/** A Print button; an error shows beside it. */
export function PrintButton(props: {
  kind: PrintKind
  id: string
  label?: string
  shortcut?: string
  printer?: ReturnType<typeof usePrint>
}) {
  const { t } = useI18n()
  const own = usePrint()
  const { print, busy, error } = props.printer ?? own
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() => void print(props.kind, props.id)}
        data-print={props.kind}
      >
        {props.label ?? t('invoiceDetail.print')}
        {props.shortcut ? <kbd>{props.shortcut}</kbd> : null}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  )
}
