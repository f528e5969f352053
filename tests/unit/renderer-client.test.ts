import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/engine/rpc/dispatch'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import {
  bridgeTransport,
  createInvoke,
  httpTransport,
  type DaftarBridge,
} from '../../src/renderer/api/client'
import { RpcError } from '../../src/renderer/api/rpc-error'
import { fromWire, toWire } from '../../src/shared/rpc/wire'
import { tempDir } from '../helpers/temp-company'

/** A fetch that answers `POST /rpc/<name>` the way the http host does, from a real engine. */
function engineFetch(session: EngineSession, seen: { url: string; init?: RequestInit }[] = []) {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({ url: String(url), init })
    const name = decodeURIComponent(String(url).replace(/^.*\/rpc\//, ''))
    const result = await dispatch(session, name, fromWire(String(init?.body ?? '{}')))
    return new Response(toWire(result), { headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
}

function newSession() {
  const root = tempDir()
  return new EngineSession({
    homeDir: path.join(root, 'home'),
    companiesDir: path.join(root, 'companies'),
    userName: 'tester',
  })
}

describe('the renderer api client', () => {
  it('calls the engine over http with bigints intact both ways', async () => {
    const session = newSession()
    const seen: { url: string; init?: RequestInit }[] = []
    const invoke = createInvoke(httpTransport(engineFetch(session, seen)))
    const state = await invoke('company.create', { name: 'Client Co', currency: 'KWD' })
    expect(state.company?.decimals).toBe(3)
    expect(seen[0]?.url).toBe('/rpc/company.create')
    expect(seen[0]?.init?.method).toBe('POST')

    const accounts = await invoke('accounts.list', {})
    const id = (code: string) => accounts.find((account) => account.code === code)!.id
    const big = 9_007_199_254_740_993_123n // past 2^53: must not pass through a float
    const posted = await invoke('journal.post', {
      date: '2026-02-03',
      lines: [
        { accountId: id('1110'), debit: big, credit: 0n },
        { accountId: id('4100'), debit: 0n, credit: big },
      ],
    })
    const entry = await invoke('journal.get', { id: posted.id })
    expect(entry.lines[0]?.debit).toBe(big)
    expect(typeof entry.lines[0]?.debit).toBe('bigint')
    session.close()
  })

  it('throws an RpcError carrying the code and the field at fault', async () => {
    const session = newSession()
    const invoke = createInvoke(httpTransport(engineFetch(session)))
    await invoke('company.create', { name: 'Errors Co', currency: 'USD' })
    const accounts = await invoke('accounts.list', {})
    const cash = accounts.find((account) => account.code === '1110')!.id
    const failure = await invoke('journal.post', {
      date: '2026-02-03',
      lines: [
        { accountId: cash, debit: 100n, credit: 0n },
        { accountId: 'no-such-account', debit: 0n, credit: 100n },
      ],
    }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(RpcError)
    const error = failure as RpcError
    expect(error.code).toBe('validation')
    expect(error.field).toBe('lines.1.account')
    expect(error.fieldProblems).toEqual([
      expect.objectContaining({ field: 'lines.1.account', message: 'Choose an account' }),
    ])
    session.close()
  })

  it('uses the preload bridge when there is one, unwrapping its results', async () => {
    const calls: [string, unknown][] = []
    const bridge: DaftarBridge = {
      invoke: async (name, input) => {
        calls.push([name, input])
        return name === 'company.recent'
          ? { ok: true, value: [] }
          : {
              ok: false,
              error: { code: 'no-company-open', message: 'No company', details: {}, problems: [] },
            }
      },
    }
    const invoke = createInvoke(bridgeTransport(bridge))
    await expect(invoke('company.recent', {})).resolves.toEqual([])
    await expect(invoke('accounts.list', {})).rejects.toMatchObject({ code: 'no-company-open' })
    expect(calls.map(([name]) => name)).toEqual(['company.recent', 'accounts.list'])
  })

  it('turns an unreadable or failed http answer into an RpcError', async () => {
    const broken = (async () => new Response('<html>oops</html>', { status: 502 })) as typeof fetch
    await expect(createInvoke(httpTransport(broken))('company.recent', {})).rejects.toMatchObject({
      code: 'integrity',
      message: expect.stringContaining('502'),
    })
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    await expect(createInvoke(httpTransport(offline))('company.recent', {})).rejects.toMatchObject({
      message: 'Failed to fetch',
    })
  })
})
