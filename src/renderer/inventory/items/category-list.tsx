import { useState, type FormEvent } from 'react'
import type { ItemCategory } from '../../../shared/domain/inventory-items'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke } from '../../state/services'
import { useCategories } from '../use-inventory'

/** Item categories: add, rename in place, delete (the engine refuses one items still use). */
export function CategoryList() {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useCategories()
  const [name, setName] = useState('')
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
    if (await run(() => invoke('itemCategories.create', { name }))) setName('')
  }
  const categories = query.data ?? []
  return (
    <div className="page">
      <form className="card toolbar" onSubmit={onSubmit} noValidate>
        <Field label={t('categories.new')}>
          <input dir="auto" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="submit" className="primary">
          {t('inventory.add')}
        </button>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {query.data && categories.length === 0 ? (
        <p className="empty">{t('categories.empty')}</p>
      ) : null}
      {categories.length > 0 ? (
        <table className="grid" aria-label={t('nav.itemCategories')}>
          <thead>
            <tr>
              <th>{t('categories.name')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <CategoryRow
                key={`${category.id}:${category.name}`}
                category={category}
                onRename={(next) =>
                  run(() => invoke('itemCategories.rename', { id: category.id, name: next }))
                }
                onDelete={() => run(() => invoke('itemCategories.delete', { id: category.id }))}
              />
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}

function CategoryRow(props: {
  category: ItemCategory
  onRename: (name: string) => Promise<boolean>
  onDelete: () => Promise<boolean>
}) {
  const { t } = useI18n()
  const [name, setName] = useState(props.category.name)
  const changed = name !== props.category.name
  return (
    <tr>
      <td>
        <input
          dir="auto"
          aria-label={t('categories.nameOf', { name: props.category.name })}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && changed && void props.onRename(name)}
        />
      </td>
      <td className="end">
        <a href={routeHref({ page: 'items', category: props.category.id })}>
          {t('categories.items')}
        </a>{' '}
        {changed ? (
          <button type="button" className="link" onClick={() => void props.onRename(name)}>
            {t('inventory.rename')}
          </button>
        ) : null}{' '}
        <button type="button" className="link" onClick={() => void props.onDelete()}>
          {t('categories.delete')}
        </button>
      </td>
    </tr>
  )
}
