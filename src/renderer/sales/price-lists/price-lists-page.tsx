import { useState, type FormEvent } from 'react'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { ShowArchived } from '../../components/show-archived'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke, useSession } from '../../state/services'

/** Customer groups, each with its price list; a new group opens straight on its prices. */
export function PriceListsPage() {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const [showArchived, setShowArchived] = useState(false)
  const query = useQuery(`${companyPath}|${showArchived}`, () =>
    invoke('customerGroups.list', { includeArchived: showArchived }),
  )
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const create = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      const group = await invoke('customerGroups.save', { name })
      navigate({ page: 'price-list', id: group.id })
    } catch (caught) {
      setError(asRpcError(caught).message)
    }
  }
  const groups = query.data ?? []
  return (
    <div className="page list-page price-lists">
      <p className="muted">{t('priceLists.intro')}</p>
      <form className="toolbar filters" onSubmit={create} noValidate>
        <Field label={t('priceLists.groupName')} error={error} className="grow">
          <input dir="auto" value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <button type="submit" className="primary">
          {t('priceLists.create')}
        </button>
        <ShowArchived checked={showArchived} onChange={setShowArchived} />
      </form>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <table className="grid" aria-label={t('nav.priceLists')}>
        <thead>
          <tr>
            <th>{t('priceLists.col.name')}</th>
            <th className="end">{t('priceLists.col.members')}</th>
          </tr>
        </thead>
        <tbody>
          {query.data && groups.length === 0 ? (
            <tr>
              <td colSpan={2} className="empty">
                {t('priceLists.empty')}
              </td>
            </tr>
          ) : null}
          {groups.map((group) => (
            <tr key={group.id} className={group.archived ? 'archived' : undefined}>
              <td>
                <a href={routeHref({ page: 'price-list', id: group.id })}>{group.name}</a>
                {group.archived ? <span className="badge">{t('priceLists.archived')}</span> : null}
              </td>
              <td className="end">{format.number(group.members)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
