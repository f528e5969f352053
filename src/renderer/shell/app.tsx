import { useEffect } from 'react'
import { FirstRunWizard } from '../company/first-run-wizard'
import { I18nProvider } from '../i18n/i18n-context'
import { createTranslate } from '../i18n/translate'
import { useServices, useSession } from '../state/services'
import { AppShell } from './app-shell'

/** The window: the first-run wizard until a company is open, then the shell. */
export function App() {
  const sessionStore = useServices().session
  const session = useSession((store) => store.session)
  const loadError = useSession((store) => store.loadError)

  useEffect(() => {
    void sessionStore.getState().load()
  }, [sessionStore])

  const company = session?.company ?? null
  const locale = company?.locale ?? navigator.language ?? 'en'
  if (!session) {
    const t = createTranslate(locale)
    return (
      <div className="splash" role={loadError ? 'alert' : 'status'}>
        {loadError ? t('app.loadFailed', { message: loadError.message }) : t('app.loading')}
      </div>
    )
  }
  return (
    <I18nProvider locale={locale} decimals={company?.decimals ?? 2}>
      {company ? <AppShell companyPath={company.path} /> : <FirstRunWizard />}
    </I18nProvider>
  )
}
