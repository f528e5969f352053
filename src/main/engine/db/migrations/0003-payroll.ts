import { sql, type Kysely } from 'kysely'

/**
 * Payroll: settings, rule packs (data, versioned by effective date), departments, employees, pay
 * components and salary structures with dated assignments, pay runs with their period inputs and
 * payslips. Once a run is posted its inputs and payslips never change (triggers refuse it);
 * a mistake is corrected by reversal and a new run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db)
}

const LOCKED = `(SELECT status FROM payroll_run WHERE id = OLD.run_id) IN ('posted', 'paid', 'reversed')`

const STATEMENTS = [
  `CREATE TABLE payroll_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    rule_pack_code TEXT NOT NULL,
    work_week TEXT NOT NULL DEFAULT '1111100' CHECK (work_week GLOB '[01][01][01][01][01][01][01]'),
    bank_account_id TEXT NOT NULL REFERENCES account(id),
    payable_account_id TEXT NOT NULL REFERENCES account(id),
    tax_account_id TEXT NOT NULL REFERENCES account(id),
    insurance_account_id TEXT NOT NULL REFERENCES account(id),
    employer_expense_account_id TEXT NOT NULL REFERENCES account(id),
    loan_account_id TEXT NOT NULL REFERENCES account(id)
  ) STRICT`,
  `CREATE TABLE payroll_rule_pack (
    code TEXT PRIMARY KEY CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    built_in INTEGER NOT NULL DEFAULT 0,
    versions TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE payroll_department (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    expense_account_id TEXT NOT NULL REFERENCES account(id)
  ) STRICT`,
  `CREATE TABLE payroll_employee (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    department_id TEXT NOT NULL REFERENCES payroll_department(id),
    cost_centre TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT,
    pay_frequency TEXT NOT NULL CHECK (pay_frequency IN ('monthly', 'semi-monthly', 'weekly')),
    bank_name TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    social_insurance_no TEXT NOT NULL DEFAULT '',
    dependants INTEGER NOT NULL DEFAULT 0 CHECK (dependants >= 0),
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
  ) STRICT`,
  `CREATE INDEX payroll_employee_department ON payroll_employee(department_id)`,
  `CREATE TABLE payroll_component (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (code GLOB '[A-Za-z_]*' AND length(code) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('earning', 'deduction', 'employer')),
    calc TEXT NOT NULL CHECK (calc IN ('amount', 'percent', 'formula', 'income-tax', 'social-insurance')),
    value TEXT NOT NULL DEFAULT '',
    base TEXT NOT NULL DEFAULT '',
    taxable INTEGER NOT NULL DEFAULT 0,
    insurable INTEGER NOT NULL DEFAULT 0,
    prorated INTEGER NOT NULL DEFAULT 0,
    account_id TEXT REFERENCES account(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE payroll_structure (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE payroll_structure_component (
    structure_id TEXT NOT NULL REFERENCES payroll_structure(id),
    position INTEGER NOT NULL,
    component_id TEXT NOT NULL REFERENCES payroll_component(id),
    PRIMARY KEY (structure_id, position),
    UNIQUE (structure_id, component_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE payroll_assignment (
    id TEXT PRIMARY KEY,
    employee_id TEXT NOT NULL REFERENCES payroll_employee(id),
    structure_id TEXT NOT NULL REFERENCES payroll_structure(id),
    effective_from TEXT NOT NULL,
    base INTEGER NOT NULL CHECK (base >= 0),
    overrides TEXT NOT NULL DEFAULT '{}',
    UNIQUE (employee_id, effective_from)
  ) STRICT`,
  `CREATE TABLE payroll_run (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'semi-monthly', 'weekly')),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    pay_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'calculated', 'posted', 'paid', 'reversed')),
    rule_pack_code TEXT NOT NULL REFERENCES payroll_rule_pack(code),
    journal_entry_id TEXT REFERENCES journal_entry(id),
    payment_entry_id TEXT REFERENCES journal_entry(id),
    reversal_entry_id TEXT REFERENCES journal_entry(id),
    payment_reversal_entry_id TEXT REFERENCES journal_entry(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (period_end >= period_start),
    CHECK ((status IN ('posted', 'paid', 'reversed')) = (journal_entry_id IS NOT NULL))
  ) STRICT`,
  `CREATE INDEX payroll_run_period ON payroll_run(period_end, status)`,
  `CREATE TABLE payroll_input (
    run_id TEXT NOT NULL REFERENCES payroll_run(id),
    employee_id TEXT NOT NULL REFERENCES payroll_employee(id),
    days_worked INTEGER,
    unpaid_leave_days INTEGER NOT NULL DEFAULT 0 CHECK (unpaid_leave_days >= 0),
    overtime_hours INTEGER NOT NULL DEFAULT 0 CHECK (overtime_hours >= 0),
    PRIMARY KEY (run_id, employee_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE payroll_payslip (
    run_id TEXT NOT NULL REFERENCES payroll_run(id),
    employee_id TEXT NOT NULL REFERENCES payroll_employee(id),
    department_id TEXT NOT NULL REFERENCES payroll_department(id),
    working_days INTEGER NOT NULL,
    days_worked INTEGER NOT NULL,
    gross INTEGER NOT NULL,
    deductions INTEGER NOT NULL,
    income_tax INTEGER NOT NULL,
    employee_contributions INTEGER NOT NULL,
    employer_contributions INTEGER NOT NULL,
    net INTEGER NOT NULL,
    PRIMARY KEY (run_id, employee_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX payroll_payslip_employee ON payroll_payslip(employee_id)`,
  `CREATE TABLE payroll_payslip_line (
    run_id TEXT NOT NULL,
    employee_id TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount INTEGER NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, employee_id, line_no)
  ) STRICT, WITHOUT ROWID`,
  ...['payroll_input', 'payroll_payslip', 'payroll_payslip_line'].flatMap((table) => [
    `CREATE TRIGGER ${table}_locked_update BEFORE UPDATE ON ${table} WHEN ${LOCKED} BEGIN
       SELECT RAISE(ABORT, 'a posted pay run never changes');
     END`,
    `CREATE TRIGGER ${table}_locked_delete BEFORE DELETE ON ${table} WHEN ${LOCKED} BEGIN
       SELECT RAISE(ABORT, 'a posted pay run never changes');
     END`,
    `CREATE TRIGGER ${table}_locked_insert BEFORE INSERT ON ${table}
     WHEN (SELECT status FROM payroll_run WHERE id = NEW.run_id) IN ('posted', 'paid', 'reversed') BEGIN
       SELECT RAISE(ABORT, 'a posted pay run never changes');
     END`,
  ]),
  `CREATE TRIGGER payroll_run_locked BEFORE UPDATE ON payroll_run
   WHEN OLD.status IN ('posted', 'paid', 'reversed') AND (NEW.period_start <> OLD.period_start
     OR NEW.period_end <> OLD.period_end OR NEW.journal_entry_id IS NOT OLD.journal_entry_id
     OR NEW.rule_pack_code <> OLD.rule_pack_code OR NEW.status IN ('draft', 'calculated')) BEGIN
     SELECT RAISE(ABORT, 'a posted pay run never changes');
   END`,
  `CREATE TRIGGER payroll_run_not_deleted BEFORE DELETE ON payroll_run
   WHEN OLD.status IN ('posted', 'paid', 'reversed') BEGIN
     SELECT RAISE(ABORT, 'a posted pay run never changes');
   END`,
]
