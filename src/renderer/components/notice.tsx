import type { ReactNode } from 'react'

/** A message above a screen's content: an error from the engine, or news such as "Posted". */
export function Notice(props: { tone: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div
      className={`notice notice-${props.tone}`}
      role={props.tone === 'error' ? 'alert' : 'status'}
    >
      {props.children}
    </div>
  )
}
