import { useState, type KeyboardEvent } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'
import { useAccounts } from '../state/services'
import { useSalesCatalog } from '../sales/use-sales-catalog'
import { paletteItems } from './palette-items'

/** Ctrl+K: type a few letters of a screen, report or account, Enter goes there. */
export function Palette(props: { onClose: () => void }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const accounts = useAccounts((store) => store.accounts) ?? []
  const customers = useSalesCatalog().catalog?.contacts ?? []
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const items = paletteItems(query, accounts, t, 12, customers)
  const current = Math.min(active, Math.max(0, items.length - 1))

  const go = (index: number) => {
    const item = items[index]
    if (!item) return
    props.onClose()
    navigate(item.route)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(1, items.length))
    else if (event.key === 'ArrowUp')
      setActive((current - 1 + items.length) % Math.max(1, items.length))
    else if (event.key === 'Enter') go(current)
    else if (event.key === 'Escape') props.onClose()
    else return
    event.preventDefault()
  }

  return (
    <div className="palette-backdrop" onPointerDown={props.onClose}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label={t('palette.title')}
        onPointerDown={(event) => event.stopPropagation()}
      >
        <input
          autoFocus
          className="palette-input"
          role="combobox"
          aria-label={t('palette.title')}
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={items[current] ? `palette-${current}` : undefined}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="palette-list" id="palette-list" role="listbox">
          {items.length === 0 ? <li className="palette-empty">{t('palette.nothing')}</li> : null}
          {items.map((item, index) => (
            <li
              key={item.id}
              id={`palette-${index}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'palette-item active' : 'palette-item'}
              onPointerEnter={() => setActive(index)}
              onClick={() => go(index)}
            >
              <span>{item.label}</span>
              <span className="palette-kind">
                {t(
                  item.kind === 'screen'
                    ? 'palette.kind.screen'
                    : item.kind === 'customer'
                      ? 'palette.kind.customer'
                      : item.kind === 'supplier'
                        ? 'palette.kind.supplier'
                        : 'palette.kind.account',
                )}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
