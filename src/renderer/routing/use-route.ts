import { useCallback, useSyncExternalStore } from 'react'
import { parseRoute, routeHref, type Route } from './routes'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const readHash = () => window.location.hash

/** The current route, following the hash; navigating pushes history so Back works. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, readHash)
  return parseRoute(hash)
}

export function useNavigate(): (route: Route, options?: { replace?: boolean }) => void {
  return useCallback((route, options) => {
    const href = routeHref(route)
    if (href === window.location.hash) return
    if (options?.replace) {
      window.history.replaceState(null, '', href)
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    } else window.location.hash = href
  }, [])
}
