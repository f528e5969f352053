import type { ComponentKind, PayslipDocument } from '../../../shared/domain/payroll'
import type { PrintableDocument, PrintDirection } from '../../../shared/domain/printable'
import { formatMoney } from '../../../shared/money'
import { PAYSLIP_LABELS as L } from './payslip-labels'

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv'])
const KIND_ORDER: readonly ComponentKind[] = ['earning', 'deduction', 'employer']

export interface PayslipPrintOptions {
  /** The company's locale (BCP 47): money, dates and the reading direction follow it. */
  locale: string
  /** The company's address lines and tax id, when it has them. */
  issuerAddress?: string[]
  issuerTaxId?: string | null
}

export function directionOf(locale: string): PrintDirection {
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}

/**
 * A payslip as a printable document: the company issues it to the employee; earnings, deductions
 * and employer contributions each a row; gross, deductions and net as totals.
 */
export function payslipPrintable(
  data: PayslipDocument,
  options: PayslipPrintOptions,
): PrintableDocument {
  const { locale } = options
  const money = (minor: bigint) => formatMoney(minor, data.company.decimals, locale)
  const dates = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  })
  const date = (iso: string) => dates.format(Date.parse(`${iso}T00:00:00Z`))
  const { employee, payslip, run } = data
  const final = run.status === 'posted' || run.status === 'paid'
  const lines = KIND_ORDER.flatMap((kind) => payslip.lines.filter((line) => line.kind === kind))
  const details = [
    [L.code, employee.code],
    [L.department, employee.department],
    [L.costCentre, employee.costCentre],
    [L.bank, [employee.bankName, employee.bankAccount].filter(Boolean).join(' ')],
    [L.socialInsuranceNo, employee.socialInsuranceNo],
  ]
  const notes = [
    L.daysWorked.replace('{worked}', payslip.daysWorked).replace('{working}', payslip.workingDays),
    final ? '' : L.notFinal.replace('{status}', run.status),
  ]
  return {
    title: L.title,
    number: `${run.number} · ${employee.code}`,
    dates: [
      { label: L.period, value: `${date(run.periodStart)} – ${date(run.periodEnd)}` },
      { label: L.payDate, value: date(run.payDate) },
      ...(final ? [] : [{ label: L.status, value: run.status }]),
    ],
    issuer: {
      name: data.company.name,
      addressLines: options.issuerAddress ?? [],
      taxId: options.issuerTaxId ?? null,
    },
    recipient: {
      name: employee.name,
      addressLines: details
        .filter(([, value]) => value)
        .map(([label, value]) => `${label}: ${value}`),
      taxId: employee.taxId || null,
    },
    columns: [
      { key: 'section', label: L.columns.section, align: 'start', weight: 2 },
      { key: 'component', label: L.columns.component, align: 'start', weight: 3 },
      { key: 'detail', label: L.columns.detail, align: 'start', weight: 4 },
      { key: 'amount', label: L.columns.amount, align: 'end', weight: 2 },
    ],
    rows: lines.map((line) => [L.kind[line.kind], line.name, line.detail, money(line.amount)]),
    totals: [
      { label: L.gross, value: money(payslip.gross) },
      { label: L.deductions, value: money(payslip.deductions) },
      { label: L.incomeTax, value: money(payslip.incomeTax) },
      { label: L.employeeContributions, value: money(payslip.employeeContributions) },
      { label: L.net, value: money(payslip.net), emphasis: true },
      { label: L.employerContributions, value: money(payslip.employerContributions) },
    ],
    notes: notes.filter(Boolean).join('\n'),
    footer: null,
    locale,
    direction: directionOf(locale),
    labels: { recipient: L.recipient, taxId: L.taxId, page: L.page },
    issuedAt: run.payDate,
  }
}
