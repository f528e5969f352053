import type { ReactNode } from 'react'
import { Notice } from '../components/notice'
import type { Query } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'

/** The engine's refusal, or "loading" until `query` has its answer; then `children` with it. */
export function Loaded<T>(props: { query: Query<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n()
  if (props.query.error) return <Notice tone="error">{props.query.error.message}</Notice>
  if (!props.query.data) return <p className="empty">{t('payroll.loading')}</p>
  return <>{props.children(props.query.data)}</>
}
