import { app, session, shell } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../http/security-headers'
import type { RendererLocation } from './renderer-location'

/**
 * The window shows Daftar's own pages and nothing else: no remote requests, no new windows, no
 * navigation away, no permissions, and the same strict CSP the http host sends (in addition to
 * the page's meta tag). The dev server's pages are exempt from the CSP header, since Vite's hot
 * reload injects inline scripts; everything else still applies.
 */
export function hardenSession(location: RendererLocation): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)

  // `*://` covers http, https, ws and wss: nothing on the network but the dev server.
  ses.webRequest.onBeforeRequest({ urls: ['*://*/*'] }, (details, callback) =>
    callback({ cancel: !location.isAppUrl(details.url) }),
  )
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders }
    if (!location.devServerUrl) headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
    callback({ responseHeaders: headers })
  })

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the web (help pages) open in the user's browser, never inside Daftar.
      if (url.startsWith('https://')) void shell.openExternal(url)
      return { action: 'deny' }
    })
    contents.on('will-navigate', (event, url) => {
      if (!location.isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
