import { useId, type ChangeEvent, type KeyboardEvent } from 'react'
import { useI18n } from '../i18n/i18n-context'

/** Beyond this many characters the text is not put in the box: a big file would make typing crawl. */
const MAX_SHOWN = 200_000

/**
 * Where the CSV comes from: a file read in the browser as text (FileReader), or text pasted into
 * the box. Ctrl+Enter in the box runs the check.
 */
export function ImportSource(props: {
  text: string
  fileName: string | null
  onText: (text: string, fileName: string | null) => void
  onFileError: (message: string) => void
  onCheck: () => void
}) {
  const { t, format } = useI18n()
  const fileId = useId()
  const textId = useId()

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target
    const file = input.files?.[0]
    if (!file) return
    const reader = new FileReader()
    reader.onload = () => props.onText(String(reader.result ?? ''), file.name)
    reader.onerror = () =>
      props.onFileError(t('import.fileUnread', { message: reader.error?.message ?? file.name }))
    reader.readAsText(file)
    // The same file can be picked again after it is edited on disk.
    input.value = ''
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      props.onCheck()
    }
  }

  const large = props.text.length > MAX_SHOWN
  const lines = large ? props.text.split('\n').length : 0
  return (
    <div className="import-source">
      <div className="field">
        <label htmlFor={fileId}>{t('import.file')}</label>
        <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
        {props.fileName ? (
          <div className="field-hint">{t('import.readFrom', { name: props.fileName })}</div>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={textId}>{t('import.text')}</label>
        {large ? (
          <div className="import-large" id={textId} tabIndex={0} onKeyDown={onKeyDown}>
            {props.fileName ? <span className="mono">{props.fileName}</span> : null}
            <span>{t('import.textLarge', { count: format.number(lines) })}</span>
            <button type="button" className="link" onClick={() => props.onText('', null)}>
              {t('import.clearText')}
            </button>
          </div>
        ) : (
          <textarea
            id={textId}
            className="import-text mono"
            dir="ltr"
            rows={10}
            spellCheck={false}
            value={props.text}
            onChange={(event) => props.onText(event.target.value, null)}
            onKeyDown={onKeyDown}
          />
        )}
      </div>
    </div>
  )
}
