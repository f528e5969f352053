/**
 * The words on a printed payslip, in one place so a translated set can replace them. English for
 * now; the company's locale already drives money, dates and direction.
 */
export const PAYSLIP_LABELS = {
  title: 'Payslip',
  period: 'Period',
  payDate: 'Pay date',
  status: 'Status',
  recipient: 'Employee',
  taxId: 'Tax ID',
  page: 'Page {page} of {pages}',
  code: 'Employee code',
  department: 'Department',
  costCentre: 'Cost centre',
  bank: 'Bank',
  socialInsuranceNo: 'Social insurance no.',
  columns: {
    section: 'Type',
    component: 'Component',
    detail: 'How it was found',
    amount: 'Amount',
  },
  kind: { earning: 'Earning', deduction: 'Deduction', employer: 'Employer contribution' },
  gross: 'Gross pay',
  deductions: 'Deductions',
  incomeTax: 'of which income tax',
  employeeContributions: 'of which social insurance',
  employerContributions: 'Employer contributions',
  net: 'Net pay',
  daysWorked: 'Days worked: {worked} of {working} working days.',
  notFinal: 'This pay run is {status}: the figures may still change.',
} as const
