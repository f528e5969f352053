import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { createCompany, openCompany } from '../../src/main/engine/company/company-file'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { writeJournalCsv } from '../bench/generate-ledger'
import { booksSnapshot } from '../fixtures/books'
import { startCli } from '../fixtures/run-cli'
import { tempDir } from '../helpers/temp-company'

const walSize = (file: string) =>
  fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0

describe('an import killed half way', () => {
  it('leaves the books exactly as they were, and passing the check', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'shop.daftar')
    const ctx = await createCompany(db, { name: 'Crash Shop', currency: 'USD' })
    generateDemo(ctx, { seed: 5, today: '2026-06-01' })
    ctx.close()
    const before = booksSnapshot(db)
    const csv = writeJournalCsv(path.join(dir, 'big.csv'), 1_000_000)
    const startWal = walSize(db)

    const child = startCli(['import', 'journal', csv, '--db', db], dir)
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    )
    // The transaction is under way once SQLite starts spilling its pages into the WAL.
    const deadline = Date.now() + 60_000
    while (walSize(db) < startWal + 8_000_000 && Date.now() < deadline && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(child.exitCode, stderr).toBeNull()
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    expect(booksSnapshot(db)).toBe(before)
    const reopened = await openCompany(db)
    expect(checkCompany(reopened)).toEqual({ ok: true, problems: [] })
    reopened.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }, 120_000)
})
