import { useState } from 'react'
import { asRpcError } from '../api/rpc-error'
import { Notice } from '../components/notice'

export interface NoticeText {
  tone: 'error' | 'success'
  text: string
}

/**
 * News above a payroll screen's content: what a call did, or the engine's refusal of it. `report`
 * clears the last news and runs `work`; its answer, when it gives one, is the news.
 */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeText | null>(null)
  const report = async (work: () => Promise<string | void>) => {
    setNotice(null)
    try {
      const text = await work()
      if (text) setNotice({ tone: 'success', text })
    } catch (caught) {
      setNotice({ tone: 'error', text: asRpcError(caught).message })
    }
  }
  const shown = notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null
  return { notice, setNotice, report, shown }
}
