export interface CompanySettings {
  id: string
  name: string
  currency: string
  /** Digits of the currency's minor unit: 0 for IRR, 2 for USD, 3 for KWD. */
  decimals: number
  fiscalYearStart: string // MM-DD
  locale: string
  lockDate: string | null // YYYY-MM-DD
}

export interface RecentCompany {
  path: string
  name: string
  openedAt: string
}

export interface SessionState {
  /** The open company, or null before one is created or opened. */
  company: (CompanySettings & { path: string }) | null
  recent: RecentCompany[]
  /** Where new company files go unless the user picks a path. */
  defaultFolder: string
}
