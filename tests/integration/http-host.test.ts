import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import { startHttpHost, type HttpHost } from '../../src/main/hosts/http/start-http-host'
import { createCallQueue } from '../../src/main/hosts/call-queue'
import type { RpcResult } from '../../src/main/engine/rpc/dispatch'
import type { Account, JournalEntry, PostedRef } from '../../src/shared/domain/ledger'
import type { SessionState } from '../../src/shared/domain/company'
import { fromWire, toWire } from '../../src/shared/rpc/wire'
import { tempDir } from '../helpers/temp-company'

const open: Array<{ host: HttpHost; session: EngineSession }> = []

afterEach(async () => {
  for (const { host, session } of open.splice(0)) {
    await host.close()
    session.close()
  }
})

async function start(staticDir = tempDir()) {
  const home = tempDir()
  const session = new EngineSession({
    homeDir: path.join(home, 'home'),
    companiesDir: path.join(home, 'companies'),
    userName: 'tester',
  })
  const host = await startHttpHost({ session, port: 0, staticDir })
  open.push({ host, session })
  return { host, home, staticDir }
}

async function rpc<T>(host: HttpHost, name: string, input: unknown): Promise<RpcResult<T>> {
  const response = await fetch(`${host.url}/rpc/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: toWire(input),
  })
  expect(response.status).toBe(200)
  return fromWire<RpcResult<T>>(await response.text())
}

async function value<T>(host: HttpHost, name: string, input: unknown): Promise<T> {
  const result = await rpc<T>(host, name, input)
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`)
  return result.value
}

/** fetch() normalises `..` away, so traversal attempts go out as raw request lines. */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: rawPath, method: 'GET' }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('http host', () => {
  it('creates a company, posts an entry and reads it back with exact bigints', async () => {
    const { host, home } = await start()
    const file = path.join(home, 'companies', 'shop.daftar')
    const state = await value<SessionState>(host, 'company.create', {
      path: file,
      name: 'Rial Shop',
      currency: 'IRR',
    })
    expect(state.company?.name).toBe('Rial Shop')
    expect(fs.existsSync(file)).toBe(true)

    const accounts = await value<Account[]>(host, 'accounts.list', {})
    const bank = accounts.find((account) => account.code === '1120')?.id
    const capital = accounts.find((account) => account.code === '3100')?.id
    const big = 2n ** 53n + 7n
    const ref = await value<PostedRef>(host, 'journal.post', {
      date: '2026-03-01',
      reference: 'over http',
      lines: [
        { accountId: bank, debit: big, credit: 0n },
        { accountId: capital, debit: 0n, credit: big },
      ],
    })
    const entry = await value<JournalEntry>(host, 'journal.get', { id: ref.id })
    expect(entry.reference).toBe('over http')
    expect(entry.status).toBe('posted')
    expect(entry.lines.map((line) => line.debit)).toEqual([big, 0n])
    expect(typeof entry.lines[0]?.debit).toBe('bigint')
  })

  it('returns typed errors for invalid input, unbalanced entries and unknown procedures', async () => {
    const { host, home } = await start()
    const noCompany = await rpc(host, 'accounts.list', {})
    expect(noCompany.ok || noCompany.error.code).toBe('no-company-open')

    await value(host, 'company.create', {
      path: path.join(home, 'c.daftar'),
      name: 'C',
      currency: 'USD',
    })
    const badDate = await rpc(host, 'journal.post', { date: '5 March', lines: [] })
    expect(badDate.ok).toBe(false)
    if (!badDate.ok) {
      expect(badDate.error.code).toBe('validation')
      expect(badDate.error.details.field).toBe('date')
    }

    const accounts = await value<Account[]>(host, 'accounts.list', {})
    const [first, second] = accounts
    const unbalanced = await rpc(host, 'journal.post', {
      date: '2026-01-05',
      lines: [
        { accountId: first?.id, debit: 1500n, credit: 0n },
        { accountId: second?.id, debit: 0n, credit: 1499n },
      ],
    })
    expect(unbalanced.ok || unbalanced.error.code).toBe('unbalanced-entry')

    const unknown = await rpc(host, 'no.such.procedure', {})
    expect(unknown.ok || unknown.error.code).toBe('not-found')
  })

  it('answers malformed requests with 400, 405, 413 and 415', async () => {
    const { host } = await start()
    const post = (body: string, type = 'application/json') =>
      fetch(`${host.url}/rpc/session.state`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      })
    const malformed = await post('{"ok":')
    expect(malformed.status).toBe(400)
    expect(fromWire<RpcResult>(await malformed.text())).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
    expect((await post('{}', 'text/plain')).status).toBe(415)
    expect((await fetch(`${host.url}/rpc/session.state`)).status).toBe(405)

    const tooLarge = await new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(host.url)
      const request = http.request(
        {
          hostname,
          port,
          path: '/rpc/session.state',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': 51 * 1024 * 1024 },
        },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      request.on('error', reject)
      request.write('{')
    })
    expect(tooLarge).toBe(413)
  })

  it('refuses cross-site posts and foreign Host headers', async () => {
    const { host } = await start()
    const crossSite = await fetch(`${host.url}/rpc/session.state`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{}',
    })
    expect(crossSite.status).toBe(403)
    const { hostname, port } = new URL(host.url)
    const rebound = await new Promise<number>((resolve, reject) => {
      http
        .get({ hostname, port, path: '/', headers: { host: `evil.example:${port}` } }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        })
        .on('error', reject)
    })
    expect(rebound).toBe(403)
    const sameSite = await fetch(`${host.url}/rpc/session.state`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: host.url },
      body: '{}',
    })
    expect(sameSite.status).toBe(200)
  })

  it('serves the renderer with a strict CSP, falls back to index.html and refuses traversal', async () => {
    const staticDir = tempDir()
    fs.mkdirSync(path.join(staticDir, 'assets'))
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<title>Daftar</title>')
    fs.writeFileSync(path.join(staticDir, 'assets', 'app-1.js'), 'console.log(1)')
    fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'secret')
    const { host } = await start(staticDir)

    const index = await fetch(`${host.url}/`)
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toContain('text/html')
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(index.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await index.text()).toContain('Daftar')

    const script = await fetch(`${host.url}/assets/app-1.js`)
    expect(script.headers.get('content-type')).toContain('text/javascript')
    expect(await script.text()).toBe('console.log(1)')

    const route = await fetch(`${host.url}/journal/entries/42?tab=lines`)
    expect(route.status).toBe(200)
    expect(await route.text()).toBe('<title>Daftar</title>')
    expect((await fetch(`${host.url}/assets/missing.js`)).status).toBe(404)

    const secret = `${path.basename(staticDir)}/../secret.txt`
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      `/..%2f${secret}`,
      '/..%5csecret.txt',
      '/index.html%00.js',
    ]) {
      const response = await rawGet(host.url, attempt)
      expect(response.status, attempt).toBe(403)
      expect(response.body).not.toContain('secret')
    }
  })

  it('says how to build the renderer when it is missing', async () => {
    const { host } = await start(path.join(tempDir(), 'not-built'))
    const page = await fetch(`${host.url}/accounts`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('npm run build:web')
  })

  it('refuses to bind beyond this computer unless told to', async () => {
    const session = new EngineSession({ homeDir: tempDir() })
    await expect(startHttpHost({ session, host: '0.0.0.0' })).rejects.toThrow(/no login yet/)
  })

  it('numbers concurrent posts without gaps or clashes', async () => {
    const { host, home } = await start()
    await value(host, 'company.create', {
      path: path.join(home, 'q.daftar'),
      name: 'Q',
      currency: 'USD',
    })
    const accounts = await value<Account[]>(host, 'accounts.list', {})
    const cash = accounts.find((account) => account.code === '1110')?.id
    const sales = accounts.find((account) => account.code === '4100')?.id
    const refs = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        value<PostedRef>(host, 'journal.post', {
          date: '2026-01-05',
          lines: [
            { accountId: cash, debit: BigInt(n + 1), credit: 0n },
            { accountId: sales, debit: 0n, credit: BigInt(n + 1) },
          ],
        }),
      ),
    )
    expect(new Set(refs.map((ref) => ref.number)).size).toBe(20)
  })

  it('runs queued calls one at a time, in order, past failures', async () => {
    const queue = createCallQueue()
    const events: string[] = []
    const slow = (name: string, ms: number) => async () => {
      events.push(`start ${name}`)
      await new Promise((resolve) => setTimeout(resolve, ms))
      events.push(`end ${name}`)
      return name
    }
    const failing = queue.run(async () => {
      events.push('start fail')
      throw new Error('boom')
    })
    const results = await Promise.all([
      queue.run(slow('a', 20)),
      queue.run(slow('b', 1)),
      failing.catch((error: Error) => error.message),
    ])
    expect(results).toEqual(['a', 'b', 'boom'])
    expect(events).toEqual(['start fail', 'start a', 'end a', 'start b', 'end b'])
  })
})
