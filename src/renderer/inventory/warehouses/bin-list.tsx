import { useState, type FormEvent } from 'react'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { RenameRow } from '../rename-row'
import { useAction } from '../use-action'

/** A warehouse's bin locations: add, rename in place, archive and restore. */
export function BinList(props: { warehouseId: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`bins:${props.warehouseId}`, () =>
    invoke('bins.list', { warehouseId: props.warehouseId, includeArchived: true }),
  )
  const { error, run } = useAction(query.reload)
  const [code, setCode] = useState('')
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (await run(() => invoke('bins.create', { warehouseId: props.warehouseId, code })))
      setCode('')
  }
  const bins = query.data ?? []
  return (
    <section className="card bins">
      <h3>{t('warehouses.bins')}</h3>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {query.data && bins.length === 0 ? <p className="muted">{t('warehouses.noBins')}</p> : null}
      {bins.length > 0 ? (
        <table className="grid" aria-label={t('warehouses.bins')}>
          <tbody>
            {bins.map((bin) => (
              <RenameRow
                key={`${bin.id}:${bin.code}`}
                value={bin.code}
                mono
                label={t('warehouses.binCodeOf', { code: bin.code })}
                badge={
                  bin.archived ? <span className="badge">{t('inventory.archived')}</span> : null
                }
                onRename={(next) => run(() => invoke('bins.rename', { id: bin.id, code: next }))}
              >
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void run(() =>
                      invoke('bins.setArchived', { id: bin.id, archived: !bin.archived }),
                    )
                  }
                >
                  {bin.archived ? t('inventory.unarchive') : t('inventory.archive')}
                </button>
              </RenameRow>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="field-row add-row" onSubmit={onSubmit} noValidate>
        <Field label={t('warehouses.binCode')}>
          <input className="mono" value={code} onChange={(event) => setCode(event.target.value)} />
        </Field>
        <button type="submit">{t('warehouses.addBin')}</button>
      </form>
    </section>
  )
}
