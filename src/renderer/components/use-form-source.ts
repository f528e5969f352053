import { useEffect, useLayoutEffect, useRef } from 'react'
import { asRpcError } from '../api/rpc-error'

/**
 * Fetches the document a form starts from (a draft to continue, the invoice a credit note is
 * against) once `id` is known, and again only when it changes: refetching when the form's
 * labels or handlers change would drop what was typed. An answer that comes after the form moved
 * on to another id, or closed, is dropped.
 */
export function useFormSource<Doc>(
  id: string | undefined,
  fetch: (id: string) => Promise<Doc>,
  fetched: (doc: Doc) => void,
  failed: (message: string) => void,
) {
  const latest = useRef({ fetch, fetched, failed })
  useLayoutEffect(() => {
    latest.current = { fetch, fetched, failed }
  })
  useEffect(() => {
    if (!id) return
    let current = true
    latest.current.fetch(id).then(
      (doc) => {
        if (current) latest.current.fetched(doc)
      },
      (error: unknown) => {
        if (current) latest.current.failed(asRpcError(error).message)
      },
    )
    return () => {
      current = false
    }
  }, [id])
}
