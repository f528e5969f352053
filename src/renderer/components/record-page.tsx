import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { Notice } from './notice'
import type { Query } from './use-query'

/**
 * One record's page: the engine's refusal, or "loading" until the record asked for (not the one
 * shown before) has come, then `children` with it.
 */
export function RecordPage<T extends { id: string }>(props: {
  query: Query<T>
  id: string
  children: (record: T) => ReactNode
}) {
  const { t } = useI18n()
  if (props.query.error) return <Notice tone="error">{props.query.error.message}</Notice>
  const record = props.query.data
  if (!record || record.id !== props.id) return <p className="empty">{t('app.loading')}</p>
  return <>{props.children(record)}</>
}
