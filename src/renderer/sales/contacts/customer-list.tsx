import { useState } from 'react'
import { Notice } from '../../components/notice'
import { ShowArchived } from '../../components/show-archived'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { filterContacts } from '../sales-match'
import { useSalesCatalog } from '../use-sales-catalog'
import { ListSearch, VirtualRows } from '../virtual-rows'

/**
 * Every customer (or, with side "supplier", every supplier), searchable by name, tax id, tag or
 * a person's email or phone.
 */
export function CustomerList(props: { search?: string; side?: 'customer' | 'supplier' }) {
  const suppliers = props.side === 'supplier'
  const { t, tn } = useI18n()
  const navigate = useNavigate()
  const { catalog, error } = useSalesCatalog()
  const [search, setSearch] = useState(props.search ?? '')
  const [showArchived, setShowArchived] = useState(false)
  const customers = filterContacts(
    (catalog?.contacts ?? []).filter(
      (contact) =>
        (suppliers ? contact.isSupplier : contact.isCustomer) &&
        (showArchived || !contact.archived),
    ),
    search,
  )
  const open = (id: string) =>
    navigate(suppliers ? { page: 'supplier', id } : { page: 'contact', id })

  return (
    <div className="page list-page">
      <div className="toolbar filters">
        <ListSearch
          value={search}
          label={t(suppliers ? 'suppliers.search' : 'customers.search')}
          onChange={(value) => {
            setSearch(value)
            navigate(
              { page: suppliers ? 'suppliers' : 'customers', search: value },
              { replace: true },
            )
          }}
          onEnter={() => customers[0] && open(customers[0].id)}
        />
        <ShowArchived checked={showArchived} onChange={setShowArchived} />
        <a
          className="button-link primary-link"
          href={routeHref(suppliers ? { page: 'supplier-new' } : { page: 'contact-new' })}
        >
          {t(suppliers ? 'nav.newSupplier' : 'nav.newContact')}
        </a>
      </div>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <div className="list-summary muted" aria-live="polite">
        {catalog
          ? tn(suppliers ? 'suppliers.count' : 'customers.count', customers.length)
          : t('app.loading')}
      </div>
      <VirtualRows
        rows={customers}
        label={t(suppliers ? 'nav.suppliers' : 'nav.customers')}
        className="customers-list"
        idPrefix="customer-row"
        empty={catalog ? t(suppliers ? 'suppliers.empty' : 'customers.empty') : t('app.loading')}
        rowKey={(contact) => contact.id}
        onOpen={(contact) => open(contact.id)}
        head={
          <>
            <span role="columnheader">{t('customers.col.name')}</span>
            <span role="columnheader">{t('customers.col.kind')}</span>
            <span role="columnheader">{t('customers.col.taxId')}</span>
            <span role="columnheader">{t('customers.col.email')}</span>
            <span role="columnheader">{t('customers.col.phone')}</span>
            <span role="columnheader" className="end">
              {t('customers.col.terms')}
            </span>
          </>
        }
        cells={(contact) => (
          <>
            <span role="gridcell" className="ellipsis">
              {contact.name}
              {contact.archived ? <span className="badge">{t('sales.archived')}</span> : null}
            </span>
            <span role="gridcell">{t(`contact.kind.${contact.kind}`)}</span>
            <span role="gridcell" className="ellipsis mono">
              {contact.taxId}
            </span>
            <span role="gridcell" className="ellipsis">
              {contact.people[0]?.email ?? ''}
            </span>
            <span role="gridcell" className="ellipsis">
              {contact.people[0]?.phone ?? ''}
            </span>
            <span role="gridcell" className="end">
              {t('customers.termsDays', { days: contact.paymentTermsDays })}
            </span>
          </>
        )}
      />
      <p className="keyboard-hint muted">{t('customers.keyboardHint')}</p>
    </div>
  )
}
