import { useState, type FormEvent } from 'react'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke } from '../../state/services'
import { RenameRow } from '../rename-row'
import { useAction } from '../use-action'
import { useCategories } from '../use-inventory'

/** Item categories: add, rename in place, delete (the engine refuses one items still use). */
export function CategoryList() {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useCategories()
  const { error, run } = useAction(query.reload)
  const [name, setName] = useState('')
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (await run(() => invoke('itemCategories.create', { name }))) setName('')
  }
  const categories = query.data ?? []
  return (
    <div className="page">
      <form className="card toolbar add-row" onSubmit={onSubmit} noValidate>
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
              <RenameRow
                key={`${category.id}:${category.name}`}
                value={category.name}
                label={t('categories.nameOf', { name: category.name })}
                onRename={(next) =>
                  run(() => invoke('itemCategories.rename', { id: category.id, name: next }))
                }
              >
                <a href={routeHref({ page: 'items', category: category.id })}>
                  {t('categories.items')}
                </a>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void run(() => invoke('itemCategories.delete', { id: category.id }))
                  }
                >
                  {t('categories.delete')}
                </button>
              </RenameRow>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
