import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import { createEngineService } from '../../src/main/hosts/electron/engine-service'
import type { EngineReply } from '../../src/main/hosts/electron/ipc-protocol'
import type { Account, JournalEntry, PostedRef } from '../../src/shared/domain/ledger'
import { tempDir } from '../helpers/temp-company'

/** The engine process's loop with a port that clones like Electron's IPC does. */
function engine() {
  const dir = tempDir()
  const session = new EngineSession({ homeDir: dir, companiesDir: dir, userName: 'tester' })
  const replies = new Map<number, EngineReply['result']>()
  let exited = false
  const handle = createEngineService(
    session,
    { postMessage: (message) => replies.set(message.id, structuredClone(message).result) },
    () => (exited = true),
  )
  let nextId = 1
  const invoke = async <T>(procedure: string, input: unknown): Promise<T> => {
    const id = nextId++
    await handle({ type: 'invoke', id, procedure, input: structuredClone(input) })
    const result = replies.get(id)
    if (!result?.ok) throw new Error(`${procedure}: ${result?.error.message}`)
    return result.value as T
  }
  return { dir, session, handle, invoke, replies, exited: () => exited }
}

describe('electron engine service', () => {
  it('answers invokes through dispatch with bigints intact across structured clone', async () => {
    const { dir, invoke } = engine()
    await invoke('company.create', {
      path: path.join(dir, 'e.daftar'),
      name: 'E',
      currency: 'IRR',
    })
    const accounts = await invoke<Account[]>('accounts.list', {})
    const bank = accounts.find((account) => account.code === '1120')?.id
    const capital = accounts.find((account) => account.code === '3100')?.id
    const big = 2n ** 60n + 1n
    const ref = await invoke<PostedRef>('journal.post', {
      date: '2026-04-01',
      lines: [
        { accountId: bank, debit: big, credit: 0n },
        { accountId: capital, debit: 0n, credit: big },
      ],
    })
    const entry = await invoke<JournalEntry>('journal.get', { id: ref.id })
    expect(entry.lines[0]?.debit).toBe(big)
  })

  it('replies with typed errors, keeps order, and closes the company on shutdown', async () => {
    const { dir, session, handle, replies, invoke, exited } = engine()
    await invoke('company.create', { path: path.join(dir, 'f.daftar'), name: 'F', currency: 'USD' })
    await Promise.all([
      handle({ type: 'invoke', id: 10, procedure: 'journal.get', input: { id: 'nope' } }),
      handle({ type: 'invoke', id: 11, procedure: 'company.close', input: {} }),
      handle({ type: 'invoke', id: 12, procedure: 'accounts.list', input: {} }),
    ])
    expect(replies.get(10)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(replies.get(12)).toMatchObject({ ok: false, error: { code: 'no-company-open' } })

    await invoke('company.open', { path: path.join(dir, 'f.daftar') })
    expect(session.company).not.toBeNull()
    await handle({ type: 'shutdown' })
    expect(session.company).toBeNull()
    expect(exited()).toBe(true)
  })
})
