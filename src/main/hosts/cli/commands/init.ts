import path from 'node:path'
import { createCompany } from '../../../engine/company/company-file'
import { generateDemo } from '../../../engine/demo/generate-demo'
import type { ChartTemplate } from '../../../engine/ledger/chart-templates'
import { parseCommandArgs, positionals, required, UsageError, type Command } from '../command'

const CHARTS: readonly ChartTemplate[] = ['standard', 'none']

export const initCommand: Command = {
  name: 'init',
  summary: 'create a new company file',
  usage:
    'daftar init FILE --name NAME --currency CODE [--chart standard|none] [--fiscal-year-start MM-DD] [--demo]',
  details: [
    '--name NAME                the company name',
    '--currency CODE            its currency, an ISO 4217 code such as USD, EUR, IRR',
    '--chart standard|none      start from the standard chart of accounts (default) or none',
    '--fiscal-year-start MM-DD  the first day of the fiscal year (default 01-01)',
    "--demo                     fill it with a small shop's year of trade up to today, to try Daftar out",
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, {
      name: { type: 'string' },
      currency: { type: 'string' },
      chart: { type: 'string' },
      'fiscal-year-start': { type: 'string' },
      demo: { type: 'boolean' },
    })
    const [file] = positionals(this, given, ['FILE'])
    const chart = (values.chart ?? 'standard') as ChartTemplate
    if (!CHARTS.includes(chart))
      throw new UsageError(`--chart must be ${CHARTS.join(' or ')}`, this.usage)
    const ctx = await createCompany(path.resolve(file!), {
      name: required(this, values.name, '--name'),
      currency: required(this, values.currency, '--currency'),
      fiscalYearStart: values['fiscal-year-start'],
      chart,
    })
    try {
      if (values.demo) generateDemo(ctx, { seed: 1 })
      const { name, currency } = ctx.settings()
      const entries = ctx.q.first(
        ctx.db.selectFrom('journal_entry').select((eb) => eb.fn.countAll<bigint>().as('count')),
      )!.count
      io.out(
        `Created ${name} (${currency}) in ${ctx.path}` +
          (chart === 'standard' ? ', with the standard chart of accounts' : '') +
          (values.demo ? ` and ${entries} demo entries` : '') +
          '\n',
      )
    } finally {
      ctx.close()
    }
    return 0
  },
}
