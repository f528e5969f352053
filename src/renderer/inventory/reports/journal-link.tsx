import { useState } from 'react'
import { asRpcError } from '../../api/rpc-error'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'

/**
 * Opens the journal entry a stock document posted; the stock ledger's lines name the document
 * only, so the document is asked for on the click; a cancelling move opens the reversal.
 */
export function JournalLink(props: { documentId: string; cancel: boolean; label: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const [note, setNote] = useState<string | null>(null)
  const open = async () => {
    try {
      const document = await invoke('stockDocuments.get', { id: props.documentId })
      const entry = props.cancel ? document.cancelEntryId : document.journalEntryId
      if (entry) navigate({ page: 'journal-entry', id: entry })
      else setNote(t('stockReport.noJournal'))
    } catch (caught) {
      setNote(asRpcError(caught).message)
    }
  }
  return note ? (
    <span className="muted small">{note}</span>
  ) : (
    <button type="button" className="link" aria-label={props.label} onClick={() => void open()}>
      {t('stockReport.journal')}
    </button>
  )
}
