import fs from 'node:fs'
import path from 'node:path'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { getPayslip, listPayslips } from '../payroll/payslips'
import { findRun } from '../payroll/pay-runs'
import { renderPdf } from '../print/render-pdf'
import { writePdf } from '../print/write-pdf'
import { payslipPrintable, type PayslipPrintOptions } from './payslip-printable'

function printOptions(ctx: CompanyContext): PayslipPrintOptions {
  const details = ctx.q.first(ctx.db.selectFrom('company_print_details').selectAll())
  return {
    locale: ctx.settings().locale,
    issuerAddress: (details?.address ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    issuerTaxId: details?.tax_id || null,
  }
}

/** A file name from an employee code: letters, digits, dot, dash and underscore survive. */
export function payslipFileName(employeeCode: string): string {
  const safe = employeeCode.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_')
  return `${safe || '_'}.pdf`
}

/** One employee's payslip of a run as PDF bytes. */
export async function payslipPdf(
  ctx: CompanyContext,
  runIdOrNumber: string,
  employeeCode: string,
): Promise<Uint8Array> {
  return renderPdf(
    payslipPrintable(getPayslip(ctx, runIdOrNumber, employeeCode), printOptions(ctx)),
  )
}

/**
 * Every payslip of a run written into `dir`, one PDF per employee named by employee code. Two
 * codes that would make the same file name are refused before anything is written.
 */
export async function writeRunPayslips(
  ctx: CompanyContext,
  runIdOrNumber: string,
  dir: string,
): Promise<string[]> {
  const run = findRun(ctx, runIdOrNumber)
  const payslips = listPayslips(ctx, run.id)
  if (payslips.length === 0)
    throw validationError('run', `Pay run ${run.number} has no payslips: calculate it first`)
  const names = new Map<string, string>()
  for (const { employeeCode } of payslips) {
    const name = payslipFileName(employeeCode)
    const clash = names.get(name.toLowerCase())
    if (clash)
      throw validationError(
        'employee',
        `Employees ${clash} and ${employeeCode} would share ${name}`,
      )
    names.set(name.toLowerCase(), employeeCode)
  }
  fs.mkdirSync(dir, { recursive: true })
  const options = printOptions(ctx)
  const written: string[] = []
  for (const { employeeCode } of payslips) {
    const target = path.join(dir, payslipFileName(employeeCode))
    await writePdf(payslipPrintable(getPayslip(ctx, run.id, employeeCode), options), target)
    written.push(target)
  }
  return written
}
