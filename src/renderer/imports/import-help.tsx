import { Fragment } from 'react'
import { optionalColumns, type ImportColumns } from '../../shared/domain/import-columns'
import { useI18n } from '../i18n/i18n-context'
import type { ImportKindInfo } from './import-kinds'

/** The columns a kind of import expects and a small file that would pass, ready to paste. */
export function ImportHelp(props: { info: ImportKindInfo; onExample: (text: string) => void }) {
  const { t } = useI18n()
  const example = t(props.info.example)
  return (
    <aside className="card import-help" aria-label={t(props.info.label)}>
      <h2>{t(props.info.label)}</h2>
      <p>{t(props.info.help)}</p>
      <ImportColumnList columns={props.info.columns} />
      <h3>{t('import.example')}</h3>
      <pre className="import-example mono" dir="ltr">
        {example}
      </pre>
      <button type="button" className="link" onClick={() => props.onExample(example)}>
        {t('import.useExample')}
      </button>
      <p className="muted import-all-or-nothing">{t('import.help.allOrNothing')}</p>
    </aside>
  )
}

/** The columns the header must name (one of each group at least), those it may add, any order. */
function ImportColumnList(props: { columns: ImportColumns }) {
  const { t } = useI18n()
  const { required, oneOf } = props.columns
  const optional = optionalColumns(props.columns)
  return (
    <>
      <h3>{t('import.columns.required')}</h3>
      <p className="import-columns import-columns-required mono" dir="ltr">
        {required.map((column) => (
          <code key={column}>{column}</code>
        ))}
        {oneOf.map((group) => (
          <span key={group.join()} className="import-columns-either">
            {group.map((column, i) => (
              <Fragment key={column}>
                {i > 0 && <span className="muted"> {t('import.columns.or')} </span>}
                <code>{column}</code>
              </Fragment>
            ))}
          </span>
        ))}
      </p>
      {optional.length > 0 && (
        <>
          <h3>{t('import.columns.optional')}</h3>
          <p className="import-columns import-columns-optional mono" dir="ltr">
            {optional.map((column) => (
              <code key={column}>{column}</code>
            ))}
          </p>
        </>
      )}
      <p className="muted import-columns-rule">{t('import.columns.rule')}</p>
    </>
  )
}
