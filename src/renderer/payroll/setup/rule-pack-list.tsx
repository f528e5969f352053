import type { RulePack } from '../../../shared/domain/payroll'
import { codeColumn, ListTable, type ListColumn } from '../../components/list-table'
import { RecordPage } from '../../components/record-page'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke, useSession } from '../../state/services'
import { useNotice } from '../use-notice'
import { KeyboardHint, PayrollListPage } from '../list-page'
import { RulePackForm } from './rule-pack-form'

/**
 * The rule packs with their dated versions and sources. "Use" makes a pack the one new pay runs
 * take; the engine has no call that reads the current choice, so the last run's pack is shown.
 */
export function RulePackList() {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { report, shown } = useNotice()
  const query = useQuery('rule-packs', async () => ({
    packs: await invoke('payroll.rulePacks.list', {}),
    runs: await invoke('payroll.runs.list', {}),
  }))
  const lastRun = query.data?.runs.reduce<(typeof query.data.runs)[number] | null>(
    (latest, run) => (!latest || run.periodEnd > latest.periodEnd ? run : latest),
    null,
  )
  const use = (code: string) =>
    report(async () => {
      await invoke('payroll.rulePacks.use', { code })
      return t('rulePacks.nowInUse', { code })
    })
  const columns: ListColumn<RulePack>[] = [
    codeColumn(t('rulePacks.field.code'), (pack) => pack.code),
    {
      key: 'name',
      header: t('rulePacks.field.name'),
      dir: 'auto',
      cell: (pack) => (
        <>
          {pack.name}
          {pack.builtIn ? <span className="muted"> · {t('rulePacks.builtIn')}</span> : null}
        </>
      ),
    },
    {
      key: 'currency',
      header: t('rulePacks.field.currency'),
      headerClassName: 'col-code',
      cell: (pack) => pack.currency,
    },
    {
      key: 'versions',
      header: t('rulePacks.versions'),
      cell: (pack) => (
        <ul className="rule-pack-sources">
          {pack.versions.map((version) => (
            <li key={version.effectiveFrom} title={version.source}>
              {format.date(version.effectiveFrom)} <span dir="auto">{version.source}</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'use',
      cell: (pack) => (
        <button
          type="button"
          onClick={(event) => {
            event.stopPropagation()
            void use(pack.code)
          }}
        >
          {t('rulePacks.use', { code: pack.code })}
        </button>
      ),
    },
  ]
  return (
    <PayrollListPage
      newLabel={t('rulePacks.new')}
      onNew={() => navigate({ page: 'rule-pack', code: 'new' })}
      status={
        lastRun ? (
          <span className="muted">
            {t('rulePacks.lastRunUsed', { number: lastRun.number, code: lastRun.rulePackCode })}
          </span>
        ) : null
      }
      error={query.error}
    >
      {shown}
      <ListTable
        label={t('nav.rulePacks')}
        className="rule-pack-list"
        columns={columns}
        rows={query.data?.packs}
        rowKey={(pack) => pack.code}
        rowData={(pack) => ({ 'data-code': pack.code })}
        onOpen={(pack) => navigate({ page: 'rule-pack', code: pack.code })}
      />
      <KeyboardHint />
    </PayrollListPage>
  )
}

/** One rule pack to edit, or a new one (code "new"). */
export function RulePackPage(props: { code: string }) {
  const invoke = useInvoke()
  const currency = useSession((store) => store.session?.company?.currency) ?? ''
  const query = useQuery(`rule-pack:${props.code}`, async () => ({
    id: props.code,
    packs: await invoke('payroll.rulePacks.list', {}),
  }))
  return (
    <RecordPage query={query} id={props.code}>
      {({ packs }) => (
        <div className="page">
          <RulePackForm
            pack={packs.find((item) => item.code === props.code) ?? null}
            currency={currency}
          />
        </div>
      )}
    </RecordPage>
  )
}
