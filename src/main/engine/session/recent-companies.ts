import fs from 'node:fs'
import path from 'node:path'
import type { RecentCompany } from '../../../shared/domain/company'

const MAX_RECENT = 10

/** The list of recently opened company files, kept in a small JSON file in the app's folder. */
export class RecentCompanies {
  private readonly file: string

  constructor(homeDir: string) {
    this.file = path.join(homeDir, 'recent-companies.json')
  }

  list(): RecentCompany[] {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'))
      return Array.isArray(parsed)
        ? (parsed as RecentCompany[]).filter((item) => fs.existsSync(item.path))
        : []
    } catch {
      return []
    }
  }

  remember(filePath: string, name: string): void {
    const entry = { path: path.resolve(filePath), name, openedAt: new Date().toISOString() }
    const rest = this.list().filter((item) => item.path !== entry.path)
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const temp = `${this.file}.tmp`
    fs.writeFileSync(temp, JSON.stringify([entry, ...rest].slice(0, MAX_RECENT), null, 2))
    fs.renameSync(temp, this.file)
  }
}
