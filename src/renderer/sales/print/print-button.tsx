import { useState } from 'react'
import type { PrintKind } from '../../../shared/domain/sales-flow'
import { asRpcError } from '../../api/rpc-error'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { downloadPdf } from './download-pdf'

/** Prints the document as a PDF and saves it; an error shows beside the button. */
export function PrintButton(props: { kind: PrintKind; id: string; label?: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const print = async () => {
    setBusy(true)
    setError(null)
    try {
      downloadPdf(await invoke('print.pdf', { kind: props.kind, id: props.id }))
    } catch (caught) {
      setError(asRpcError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void print()} data-print={props.kind}>
        {props.label ?? t('invoiceDetail.print')}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  )
}
