import { useNavigate } from '../../routing/use-route'
import { ContactForm } from './contact-form'

/** A new customer from its own screen; saving opens the customer's page. */
export function ContactNewPage(props: { name?: string }) {
  const navigate = useNavigate()
  return (
    <div className="page">
      <ContactForm
        contact={null}
        initialName={props.name}
        onDone={(contact) =>
          contact
            ? navigate({ page: 'contact', id: contact.id }, { replace: true })
            : navigate({ page: 'customers' })
        }
      />
    </div>
  )
}
