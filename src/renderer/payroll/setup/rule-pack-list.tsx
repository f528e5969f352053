import { useState } from 'react'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { asRpcError } from '../../api/rpc-error'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke, useSession } from '../../state/services'
import { rowKeys } from '../row-keys'
import { RulePackForm } from './rule-pack-form'

/**
 * The rule packs with their dated versions and sources. "Use" makes a pack the one new pay runs
 * take; the engine has no call that reads the current choice, so the last run's pack is shown.
 */
export function RulePackList() {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const query = useQuery('rule-packs', async () => ({
    packs: await invoke('payroll.rulePacks.list', {}),
    runs: await invoke('payroll.runs.list', {}),
  }))
  const packs = query.data?.packs ?? []
  const lastRun = query.data?.runs.reduce<(typeof query.data.runs)[number] | null>(
    (latest, run) => (!latest || run.periodEnd > latest.periodEnd ? run : latest),
    null,
  )
  const use = async (code: string) => {
    setNotice(null)
    try {
      await invoke('payroll.rulePacks.use', { code })
      setNotice({ tone: 'success', text: t('rulePacks.nowInUse', { code }) })
    } catch (caught) {
      setNotice({ tone: 'error', text: asRpcError(caught).message })
    }
  }
  return (
    <div className="page list-page">
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => navigate({ page: 'rule-pack', code: 'new' })}
        >
          {t('rulePacks.new')}
        </button>
        {lastRun ? (
          <span className="muted">
            {t('rulePacks.lastRunUsed', { number: lastRun.number, code: lastRun.rulePackCode })}
          </span>
        ) : null}
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <table className="grid" aria-label={t('nav.rulePacks')}>
        <thead>
          <tr>
            <th className="col-code">{t('rulePacks.field.code')}</th>
            <th>{t('rulePacks.field.name')}</th>
            <th className="col-code">{t('rulePacks.field.currency')}</th>
            <th>{t('rulePacks.versions')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {packs.map((pack) => {
            const open = () => navigate({ page: 'rule-pack', code: pack.code })
            return (
              <tr
                key={pack.code}
                className="drill"
                tabIndex={0}
                data-code={pack.code}
                onClick={open}
                onKeyDown={(event) => event.target === event.currentTarget && rowKeys(open)(event)}
              >
                <td className="mono">{pack.code}</td>
                <td dir="auto">
                  {pack.name}
                  {pack.builtIn ? <span className="muted"> · {t('rulePacks.builtIn')}</span> : null}
                </td>
                <td>{pack.currency}</td>
                <td>
                  <ul className="plain-list">
                    {pack.versions.map((version) => (
                      <li key={version.effectiveFrom}>
                        {format.date(version.effectiveFrom)}{' '}
                        <span dir="auto">{version.source}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <button
                    type="button"
                    onClick={(event) => {
                      event.stopPropagation()
                      void use(pack.code)
                    }}
                  >
                    {t('rulePacks.use', { code: pack.code })}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="muted keyboard-hint">{t('payroll.keyboardHint')}</p>
    </div>
  )
}

/** One rule pack to edit, or a new one (code "new"). */
export function RulePackPage(props: { code: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const currency = useSession((store) => store.session?.company?.currency) ?? ''
  const query = useQuery(`rule-pack:${props.code}`, () => invoke('payroll.rulePacks.list', {}))
  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  if (!query.data) return <p className="empty">{t('payroll.loading')}</p>
  const pack = query.data.find((item) => item.code === props.code) ?? null
  return (
    <div className="page">
      <RulePackForm pack={pack} currency={currency} />
    </div>
  )
}
