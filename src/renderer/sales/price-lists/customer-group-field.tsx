import { Field } from '../../components/field'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke, useSession } from '../../state/services'

/** The contact form's customer group: whose price list the customer buys at. */
export function CustomerGroupField(props: {
  value: string
  error?: string
  onChange: (groupId: string) => void
}) {
  const { t } = useI18n()
  // Only live groups can be chosen; a member of an archived one still sees it.
  const groups = useCustomerGroups().filter((group) => !group.archived || group.id === props.value)
  return (
    <Field label={t('contact.field.customerGroup')} error={props.error}>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{t('contact.noCustomerGroup')}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
    </Field>
  )
}

/** The name of a contact's customer group, for the contact page; nothing while it loads. */
export function CustomerGroupName(props: { groupId: string }) {
  const group = useCustomerGroups().find((candidate) => candidate.id === props.groupId)
  return <>{group?.name ?? ''}</>
}

/** Every customer group, archived ones too. */
function useCustomerGroups() {
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const query = useQuery(companyPath, () =>
    invoke('customerGroups.list', { includeArchived: true }),
  )
  return query.data ?? []
}
