import type { HandlerMap } from '../rpc/handler'
import { generateDemo } from '../demo/generate-demo'
import { setLockDate } from './lock-date'

export const companyHandlers: HandlerMap<
  | 'session.state'
  | 'company.create'
  | 'company.open'
  | 'company.close'
  | 'company.recent'
  | 'company.settings'
  | 'company.setLockDate'
> = {
  'session.state': (session) => session.state(),
  'company.create': async (session, { path, demo, ...company }) => {
    const ctx = await session.create(path, company)
    if (demo) generateDemo(ctx, { seed: 1 })
    return session.state()
  },
  'company.open': async (session, { path }) => {
    await session.open(path)
    return session.state()
  },
  'company.close': (session) => {
    session.close()
    return session.state()
  },
  'company.recent': (session) => session.recent.list(),
  'company.settings': (session) => session.requireCompany().settings(),
  'company.setLockDate': (session, { lockDate }) => {
    const ctx = session.requireCompany()
    setLockDate(ctx, lockDate)
    return ctx.settings()
  },
}
