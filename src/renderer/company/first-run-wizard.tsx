import { useState } from 'react'
import { asRpcError } from '../api/rpc-error'
import { useI18n } from '../i18n/i18n-context'
import { HOME } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke, useServices, useSession } from '../state/services'
import { CreateCompanyForm } from './create-company-form'
import { OpenCompany } from './open-company'

/**
 * What a new user sees first (and what "New company" shows later): create a company, open one,
 * or look around the demo company.
 */
export function FirstRunWizard(props: { embedded?: boolean }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const session = useServices().session
  const state = useSession((store) => store.session)
  const [demoError, setDemoError] = useState<string | null>(null)
  const [demoBusy, setDemoBusy] = useState(false)
  const done = () => navigate(HOME, { replace: true })

  const createDemo = async () => {
    setDemoError(null)
    setDemoBusy(true)
    try {
      session.getState().apply(
        await invoke('company.create', {
          name: t('wizard.demo.companyName'),
          currency: 'USD',
          chart: 'standard',
          locale: format.locale,
          demo: true,
        }),
      )
      done()
    } catch (caught) {
      setDemoError(asRpcError(caught).message)
    } finally {
      setDemoBusy(false)
    }
  }

  return (
    <div className={props.embedded ? 'wizard embedded' : 'wizard'}>
      {props.embedded ? null : (
        <header className="wizard-head">
          <span className="brand-mark large" aria-hidden="true">
            D
          </span>
          <div>
            <h1>{t('wizard.welcome')}</h1>
            <p className="muted">{t('wizard.welcomeText')}</p>
          </div>
        </header>
      )}
      <div className="wizard-grid">
        <CreateCompanyForm defaultFolder={state?.defaultFolder ?? ''} onCreated={done} />
        <div className="wizard-side">
          <OpenCompany recent={state?.recent ?? []} onOpened={done} />
          <section className="card">
            <h2>{t('wizard.demo.title')}</h2>
            <p className="muted">{t('wizard.demo.text')}</p>
            {demoError ? <div className="field-error">{demoError}</div> : null}
            <button type="button" onClick={() => void createDemo()} disabled={demoBusy}>
              {demoBusy ? t('wizard.creating') : t('wizard.demo.submit')}
            </button>
          </section>
        </div>
      </div>
    </div>
  )
}
