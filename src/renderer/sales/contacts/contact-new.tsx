import { useNavigate } from '../../routing/use-route'
import { ContactForm } from './contact-form'

/** A new customer (or supplier) from its own screen; saving opens its page. */
export function ContactNewPage(props: { name?: string; supplier?: boolean }) {
  const navigate = useNavigate()
  return (
    <div className="page">
      <ContactForm
        contact={null}
        initialName={props.name}
        supplier={props.supplier}
        onDone={(contact) =>
          contact
            ? navigate(
                props.supplier
                  ? { page: 'supplier', id: contact.id }
                  : { page: 'contact', id: contact.id },
                { replace: true },
              )
            : navigate({ page: props.supplier ? 'suppliers' : 'customers' })
        }
      />
    </div>
  )
}
