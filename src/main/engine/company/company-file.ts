import fs from 'node:fs'
import os from 'node:os'
import { isCurrencyCode, CURRENCIES } from '../../../shared/money'
import { DaftarError, validationError } from '../../../shared/errors'
import { openDatabase } from '../db/open-database'
import { newId, nowIso } from '../ids'
import { chartTemplate, type ChartTemplate } from '../ledger/chart-templates'
import { CompanyContext } from './company-context'

export interface NewCompany {
  name: string
  currency: string
  fiscalYearStart?: string
  locale?: string
  chart?: ChartTemplate
}

export interface OpenOptions {
  userName?: string
  nativeBinding?: string
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** Creates a new company file with its first device and, if asked, the standard chart of accounts. */
export async function createCompany(
  path: string,
  company: NewCompany,
  options: OpenOptions = {},
): Promise<CompanyContext> {
  const name = company.name.trim()
  const currency = company.currency.trim().toUpperCase()
  const fiscalYearStart = company.fiscalYearStart ?? '01-01'
  if (!name) throw validationError('name', 'The company needs a name')
  if (!isCurrencyCode(currency))
    throw validationError(
      'currency',
      `${company.currency} is not a currency Daftar knows (ISO 4217 code such as USD, EUR, IRR)`,
    )
  if (!MONTH_DAY.test(fiscalYearStart))
    throw validationError('fiscalYearStart', `${fiscalYearStart} is not a month and day (MM-DD)`)
  if (fs.existsSync(path))
    throw new DaftarError('duplicate', `${path} already exists; choose another file name`, {
      field: 'path',
    })

  const { sqlite, db } = await openDatabase(path, {
    create: true,
    nativeBinding: options.nativeBinding,
  })
  const deviceId = newId()
  const ctx = new CompanyContext(path, sqlite, db, deviceId, options.userName ?? defaultUserName())
  try {
    ctx.transaction(() => {
      const now = nowIso()
      const settings = {
        id: newId(),
        name,
        base_currency: currency,
        currency_decimals: BigInt(CURRENCIES[currency].decimals),
        fiscal_year_start: fiscalYearStart,
        locale: company.locale ?? 'en',
        lock_date: null,
        created_at: now,
      }
      ctx.q.run(db.insertInto('company').values(settings))
      ctx.q.run(
        db.insertInto('device').values({
          id: deviceId,
          name: os.hostname(),
          prefix: 'A',
          is_local: 1n,
          created_at: now,
        }),
      )
      ctx.changes.append('company', settings.id, 'create', settings)
      insertTemplate(ctx, company.chart ?? 'standard', now)
    })
    return ctx
  } catch (error) {
    ctx.close()
    fs.rmSync(path, { force: true })
    throw error
  }
}

export async function openCompany(
  path: string,
  options: OpenOptions = {},
): Promise<CompanyContext> {
  const { sqlite, db } = await openDatabase(path, { nativeBinding: options.nativeBinding })
  const device = sqlite.prepare('SELECT id FROM device WHERE is_local = 1 LIMIT 1').get() as
    { id: string } | undefined
  const company = sqlite.prepare('SELECT id FROM company LIMIT 1').get()
  if (!device || !company) {
    sqlite.close()
    throw new DaftarError(
      'company-file-invalid',
      `${path} is not a Daftar company file (no company in it)`,
      { path },
    )
  }
  return new CompanyContext(path, sqlite, db, device.id, options.userName ?? defaultUserName())
}

function insertTemplate(ctx: CompanyContext, template: ChartTemplate, now: string): void {
  const idsByCode = new Map<string, string>()
  for (const account of chartTemplate(template)) {
    const id = newId()
    idsByCode.set(account.code, id)
    const row = {
      id,
      code: account.code,
      name: account.name,
      type: account.type,
      parent_id: account.parent ? idsByCode.get(account.parent)! : null,
      archived: 0n,
      created_at: now,
      updated_at: now,
    }
    ctx.q.run(ctx.db.insertInto('account').values(row))
    ctx.changes.append('account', id, 'create', row)
  }
}

function defaultUserName(): string {
  try {
    return os.userInfo().username
  } catch {
    return 'user'
  }
}
