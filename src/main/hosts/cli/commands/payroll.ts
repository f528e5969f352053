import fs from 'node:fs'
import path from 'node:path'
import { bankTransferCsv } from '../../../engine/payroll/run-review'
import { parseCommandArgs, positionals, required, UsageError, type Command } from '../command'
import { describeRun, runMonth } from './payroll-run'
import { withCompany } from './with-company'

const RUN_USAGE = 'daftar payroll run --db FILE --period YYYY-MM [--post] [--pay [--account CODE]]'
const CSV_USAGE = 'daftar payroll bank-csv --run ID --db FILE --to FILE.csv'

/** `daftar payroll run|bank-csv`: a month's pay run from the command line, and its bank file. */
export const payrollCommand: Command = {
  name: 'payroll',
  summary: "run a month's payroll (calculate, post, pay) or write a run's bank transfer CSV",
  usage: `${RUN_USAGE}\n       ${CSV_USAGE}`,
  details: [
    'run:',
    '  --period YYYY-MM   the month; an open run for it is reused, else a new one is made',
    '  --post             post the calculated run to the ledger',
    '  --pay              post and pay the net pay (implies --post)',
    '  --account CODE     the bank account paid from (default: payroll settings)',
    'bank-csv:',
    '  --run ID           the posted or paid run, by id or number (PR-A-000001)',
    '  --to FILE.csv      where to write the file (replaced whole, never half written)',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, {
      db: { type: 'string' },
      period: { type: 'string' },
      post: { type: 'boolean' },
      pay: { type: 'boolean' },
      account: { type: 'string' },
      run: { type: 'string' },
      to: { type: 'string' },
    })
    const [action] = positionals(this, given, ['ACTION'])
    const db = required(this, values.db, '--db')
    if (action === 'run') {
      const usage = { ...this, usage: RUN_USAGE }
      if (values.run !== undefined || values.to !== undefined)
        throw new UsageError('--run and --to belong to bank-csv', RUN_USAGE)
      if (values.account !== undefined && !values.pay)
        throw new UsageError('--account goes with --pay', RUN_USAGE)
      const period = required(usage, values.period, '--period')
      const text = await withCompany(db, (ctx) =>
        describeRun(
          runMonth(ctx, {
            period,
            post: values.post ?? false,
            pay: values.pay ?? false,
            account: values.account,
          }),
          ctx.settings().decimals,
        ),
      )
      io.out(text)
      return 0
    }
    if (action === 'bank-csv') {
      const usage = { ...this, usage: CSV_USAGE }
      const run = required(usage, values.run, '--run')
      const target = required(usage, values.to, '--to')
      const csv = await withCompany(db, (ctx) => bankTransferCsv(ctx, run))
      writeWhole(target, csv)
      io.out(`Wrote ${csv.trimEnd().split('\n').length - 1} transfers to ${target}\n`)
      return 0
    }
    throw new UsageError(`payroll has no action ${action}; use run or bank-csv`, this.usage)
  },
}

function writeWhole(target: string, text: string): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`)
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' })
    fs.renameSync(temp, target)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
}
