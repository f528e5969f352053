import { useState, type FormEvent } from 'react'
import type { Bin } from '../../../shared/domain/inventory-items'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'

/** A warehouse's bin locations: add, rename in place, archive and restore. */
export function BinList(props: { warehouseId: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`bins:${props.warehouseId}`, () =>
    invoke('bins.list', { warehouseId: props.warehouseId, includeArchived: true }),
  )
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const run = async (action: () => Promise<unknown>) => {
    setError(null)
    try {
      await action()
      query.reload()
      return true
    } catch (caught) {
      setError(asRpcError(caught).message)
      return false
    }
  }
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
              <BinRow
                key={`${bin.id}:${bin.code}`}
                bin={bin}
                onRename={(next) => run(() => invoke('bins.rename', { id: bin.id, code: next }))}
                onArchive={() =>
                  run(() => invoke('bins.setArchived', { id: bin.id, archived: !bin.archived }))
                }
              />
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="field-row" onSubmit={onSubmit} noValidate>
        <Field label={t('warehouses.binCode')}>
          <input className="mono" value={code} onChange={(event) => setCode(event.target.value)} />
        </Field>
        <button type="submit">{t('warehouses.addBin')}</button>
      </form>
    </section>
  )
}

function BinRow(props: {
  bin: Bin
  onRename: (code: string) => Promise<boolean>
  onArchive: () => Promise<boolean>
}) {
  const { t } = useI18n()
  const [code, setCode] = useState(props.bin.code)
  const changed = code !== props.bin.code
  return (
    <tr>
      <td>
        <input
          className="mono"
          aria-label={t('warehouses.binCodeOf', { code: props.bin.code })}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && changed && void props.onRename(code)}
        />
        {props.bin.archived ? <span className="badge">{t('inventory.archived')}</span> : null}
      </td>
      <td className="end">
        {changed ? (
          <button type="button" className="link" onClick={() => void props.onRename(code)}>
            {t('inventory.rename')}
          </button>
        ) : null}{' '}
        <button type="button" className="link" onClick={() => void props.onArchive()}>
          {props.bin.archived ? t('inventory.unarchive') : t('inventory.archive')}
        </button>
      </td>
    </tr>
  )
}
