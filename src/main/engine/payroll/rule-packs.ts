import { isIsoDate } from '../../../shared/dates'
import type { RulePack, RulePackVersion, TaxBracket } from '../../../shared/domain/payroll'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { PayrollRulePackTable } from '../db/payroll-schema'
import { nowIso } from '../ids'
import { payrollSettings } from './payroll-setup'
import * as q from './rational'
import { parseRules, versionOn, type ParsedRules } from './rule-math'

function toPack(row: PayrollRulePackTable): RulePack {
  return {
    code: row.code,
    name: row.name,
    currency: row.currency,
    builtIn: row.built_in === 1n,
    versions: JSON.parse(row.versions) as RulePackVersion[],
  }
}

export function listRulePacks(ctx: CompanyContext): RulePack[] {
  payrollSettings(ctx)
  return ctx.q.all(ctx.db.selectFrom('payroll_rule_pack').selectAll().orderBy('code')).map(toPack)
}

export function getRulePack(ctx: CompanyContext, code: string): RulePack {
  payrollSettings(ctx)
  const row = ctx.q.first(
    ctx.db.selectFrom('payroll_rule_pack').selectAll().where('code', '=', code),
  )
  if (!row) throw notFound('Rule pack', code)
  return toPack(row)
}

/** The parsed rules of pack `code` in force on `date`, or an error naming the pack and date. */
export function rulesOn(ctx: CompanyContext, code: string, date: string): ParsedRules {
  const version = versionOn(getRulePack(ctx, code).versions, date)
  if (!version)
    throw new DaftarError('validation', `Rule pack ${code} has no version in force on ${date}`, {
      field: 'rulePackCode',
    })
  return parseRules(version)
}

/** Adds a pack or replaces one (built-in packs too: a user may correct a figure), after checks. */
export function saveRulePack(ctx: CompanyContext, pack: Omit<RulePack, 'builtIn'>): RulePack {
  return ctx.transaction(() => {
    payrollSettings(ctx)
    const code = pack.code.trim()
    if (!code) throw validationError('code', 'The rule pack needs a code')
    if (!pack.name.trim()) throw validationError('name', 'The rule pack needs a name')
    checkVersions(pack.versions)
    const existing = ctx.q.first(
      ctx.db.selectFrom('payroll_rule_pack').selectAll().where('code', '=', code),
    )
    const row: PayrollRulePackTable = {
      code,
      name: pack.name.trim(),
      currency: pack.currency,
      built_in: existing?.built_in ?? 0n,
      versions: JSON.stringify(
        [...pack.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
      ),
      updated_at: nowIso(),
    }
    if (existing)
      ctx.q.run(ctx.db.updateTable('payroll_rule_pack').set(row).where('code', '=', code))
    else ctx.q.run(ctx.db.insertInto('payroll_rule_pack').values(row))
    const saved = toPack(row)
    ctx.changes.append('payroll_rule_pack', code, existing ? 'update' : 'create', saved)
    return saved
  })
}

function checkVersions(versions: RulePackVersion[]): void {
  if (versions.length === 0) throw validationError('versions', 'A rule pack needs a version')
  const seen = new Set<string>()
  versions.forEach((version, index) => {
    const where = `versions[${index}]`
    if (!isIsoDate(version.effectiveFrom))
      throw validationError(`${where}.effectiveFrom`, `${version.effectiveFrom} is not a date`)
    if (seen.has(version.effectiveFrom))
      throw validationError(
        `${where}.effectiveFrom`,
        `Two versions take effect on ${version.effectiveFrom}`,
      )
    seen.add(version.effectiveFrom)
    if (!version.source.trim())
      throw validationError(`${where}.source`, 'Say where the figures come from')
    for (const [field, text] of [
      ['personalAllowance', version.incomeTax.personalAllowance],
      ['dependantAllowance', version.incomeTax.dependantAllowance],
    ] as const)
      nonNegative(text, `${where}.incomeTax.${field}`)
    checkBands(version.incomeTax.brackets, `${where}.incomeTax.brackets`)
    version.contributions.forEach((rules, at) => {
      checkBands(rules.employee, `${where}.contributions[${at}].employee`)
      checkBands(rules.employer, `${where}.contributions[${at}].employer`)
    })
  })
}

function nonNegative(text: string, field: string): q.Rational {
  const value = q.parseDecimal(text)
  if (!value || value.num < 0n)
    throw validationError(field, `${text} is not a decimal number of zero or more`)
  return value
}

/** Bands rise, each rate is 0..100, and only the last has no top. */
function checkBands(bands: TaxBracket[], field: string): void {
  if (bands.length === 0) throw validationError(field, 'At least one band is needed')
  let previous = q.ZERO
  bands.forEach((band, index) => {
    const rate = nonNegative(band.rate, `${field}[${index}].rate`)
    if (q.compare(rate, q.int(100)) > 0)
      throw validationError(`${field}[${index}].rate`, `A rate of ${band.rate}% is over 100%`)
    if (band.upTo === null) {
      if (index !== bands.length - 1)
        throw validationError(`${field}[${index}].upTo`, 'Only the last band may have no top')
      return
    }
    const top = nonNegative(band.upTo, `${field}[${index}].upTo`)
    if (index > 0 && q.compare(top, previous) <= 0)
      throw validationError(`${field}[${index}].upTo`, 'Each band must end above the one before')
    previous = top
  })
}
