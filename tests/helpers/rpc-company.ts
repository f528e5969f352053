import path from 'node:path'
import { call } from '../../src/main/engine/rpc/dispatch'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import { tempDir } from './temp-company'

/**
 * A fresh USD company opened in an engine session, reached only through the RPC contract as the
 * screens reach it; `code` turns an account code into its id. Close the session when done.
 */
export async function rpcCompany(): Promise<{
  session: EngineSession
  code: (c: string) => string
}> {
  const dir = tempDir()
  const session = new EngineSession({ homeDir: dir, companiesDir: dir, userName: 'tester' })
  await call(session, 'company.create', {
    path: path.join(dir, 'a.daftar'),
    name: 'A',
    currency: 'USD',
  })
  const accounts = await call(session, 'accounts.list', {})
  const code = (c: string) => accounts.find((account) => account.code === c)!.id
  return { session, code }
}
