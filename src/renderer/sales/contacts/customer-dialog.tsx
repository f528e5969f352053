import type { Contact } from '../../../shared/domain/sales'
import { useI18n } from '../../i18n/i18n-context'
import { ContactForm } from './contact-form'

/**
 * A new customer from inside a form that needs one, over it: the form underneath keeps what
 * was typed, and gets the new customer back when this closes.
 */
export function CustomerDialog(props: { name: string; onDone: (contact?: Contact) => void }) {
  const { t } = useI18n()
  return (
    <div className="palette-backdrop dialog-backdrop" onPointerDown={() => props.onDone()}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('contact.newTitle')}
        onPointerDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <ContactForm contact={null} initialName={props.name} onDone={props.onDone} />
      </div>
    </div>
  )
}
