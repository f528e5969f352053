import type { HandlerMap } from '../rpc/handler'
import type { PayrollProcedureName } from '../../../shared/rpc/contracts/payroll'
import { listComponents, saveComponent } from './components'
import { createDepartment, listDepartments, listEmployees, saveEmployee } from './employees'
import { createPayRun, getPayRun, listPayRuns } from './pay-runs'
import { setRulePack } from './payroll-setup'
import { getPayslip } from './payslips'
import { listRulePacks, saveRulePack } from './rule-packs'
import { calculatePayRun } from './run-calculate'
import { importPeriodInputs, setPeriodInputs } from './run-inputs'
import { payPayRun, postPayRun, reversePayRun } from './run-posting'
import { bankTransferCsv, reviewPayRun } from './run-review'
import { listAssignments, updateStructure } from './structure-edit'
import { assignStructure, createStructure, listStructures } from './structures'

export const payrollHandlers: HandlerMap<PayrollProcedureName> = {
  'payroll.departments.list': (s) => listDepartments(s.requireCompany()),
  'payroll.departments.create': (s, input) => createDepartment(s.requireCompany(), input),
  'payroll.employees.list': (s) => listEmployees(s.requireCompany()),
  'payroll.employees.save': (s, { id, ...input }) => saveEmployee(s.requireCompany(), input, id),
  'payroll.components.list': (s) => listComponents(s.requireCompany()),
  'payroll.components.save': (s, { id, ...input }) => saveComponent(s.requireCompany(), input, id),
  'payroll.structures.list': (s) => listStructures(s.requireCompany()),
  'payroll.structures.create': (s, input) => createStructure(s.requireCompany(), input),
  'payroll.structures.update': (s, { id, ...input }) =>
    updateStructure(s.requireCompany(), id, input),
  'payroll.employees.assignments': (s, { employeeId }) =>
    listAssignments(s.requireCompany(), employeeId),
  'payroll.structures.assign': (s, input) => assignStructure(s.requireCompany(), input),
  'payroll.rulePacks.list': (s) => listRulePacks(s.requireCompany()),
  'payroll.rulePacks.save': (s, input) => saveRulePack(s.requireCompany(), input),
  'payroll.rulePacks.use': (s, { code }) => {
    setRulePack(s.requireCompany(), code)
    return { ok: true }
  },
  'payroll.runs.list': (s) => listPayRuns(s.requireCompany()),
  'payroll.runs.get': (s, { id }) => getPayRun(s.requireCompany(), id),
  'payroll.runs.create': (s, input) => createPayRun(s.requireCompany(), input),
  'payroll.runs.setInputs': (s, { id, inputs, dryRun }) =>
    setPeriodInputs(s.requireCompany(), id, inputs, dryRun),
  'payroll.runs.importInputs': (s, { id, csv, dryRun }) =>
    importPeriodInputs(s.requireCompany(), id, csv, dryRun),
  'payroll.runs.calculate': (s, { id }) => calculatePayRun(s.requireCompany(), id),
  'payroll.runs.review': (s, { id }) => reviewPayRun(s.requireCompany(), id),
  'payroll.runs.post': (s, { id, date }) => postPayRun(s.requireCompany(), id, date),
  'payroll.runs.pay': (s, { id, ...options }) => payPayRun(s.requireCompany(), id, options),
  'payroll.runs.reverse': (s, { id, date }) => reversePayRun(s.requireCompany(), id, date),
  'payroll.runs.bankCsv': (s, { id }) => ({ csv: bankTransferCsv(s.requireCompany(), id) }),
  'payroll.payslip': (s, { id, employeeCode }) => getPayslip(s.requireCompany(), id, employeeCode),
}
