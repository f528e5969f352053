import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SessionState } from '../../../shared/domain/company'
import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { createCompany, openCompany, type NewCompany } from '../company/company-file'
import { RecentCompanies } from './recent-companies'

export interface EngineOptions {
  /** Folder for Daftar's own files (the recent list). Default: $DAFTAR_HOME or ~/.daftar. */
  homeDir?: string
  /** Folder offered for new company files. Default: ~/Daftar. */
  companiesDir?: string
  userName?: string
  nativeBinding?: string
}

/**
 * What a host holds: at most one open company, and the recent list. Hosts (Electron, http, CLI)
 * each make one and pass it to `dispatch`.
 */
export class EngineSession {
  private current: CompanyContext | null = null
  readonly recent: RecentCompanies
  readonly companiesDir: string

  constructor(readonly options: EngineOptions = {}) {
    const homeDir = options.homeDir ?? process.env.DAFTAR_HOME ?? path.join(os.homedir(), '.daftar')
    this.recent = new RecentCompanies(homeDir)
    this.companiesDir = options.companiesDir ?? path.join(os.homedir(), 'Daftar')
  }

  get company(): CompanyContext | null {
    return this.current
  }

  requireCompany(): CompanyContext {
    if (!this.current)
      throw new DaftarError('no-company-open', 'No company is open: create or open one first')
    return this.current
  }

  async open(filePath: string): Promise<CompanyContext> {
    const ctx = await openCompany(path.resolve(filePath), this.openOptions())
    this.replace(ctx)
    return ctx
  }

  async create(filePath: string | undefined, company: NewCompany): Promise<CompanyContext> {
    const target = path.resolve(filePath ?? this.defaultPathFor(company.name))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const ctx = await createCompany(target, company, this.openOptions())
    this.replace(ctx)
    return ctx
  }

  /** Adopts an already open company (the CLI's `serve`, tests). */
  adopt(ctx: CompanyContext): void {
    this.replace(ctx)
  }

  close(): void {
    this.current?.close()
    this.current = null
  }

  state(): SessionState {
    const ctx = this.current
    return {
      company: ctx ? { ...ctx.settings(), path: ctx.path } : null,
      recent: this.recent.list(),
      defaultFolder: this.companiesDir,
    }
  }

  private replace(ctx: CompanyContext): void {
    if (this.current && this.current !== ctx) this.current.close()
    this.current = ctx
    this.recent.remember(ctx.path, ctx.settings().name)
  }

  private defaultPathFor(name: string): string {
    const base =
      name
        .trim()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'company'
    let candidate = path.join(this.companiesDir, `${base}.daftar`)
    for (let n = 2; fs.existsSync(candidate); n++)
      candidate = path.join(this.companiesDir, `${base}-${n}.daftar`)
    return candidate
  }

  private openOptions() {
    return { userName: this.options.userName, nativeBinding: this.options.nativeBinding }
  }
}
