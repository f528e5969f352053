import type { CompanyContext } from '../../../engine/company/company-context'
import { openCompany } from '../../../engine/company/company-file'

/** Opens the company file, runs `work`, and closes the file whatever happens. */
export async function withCompany<T>(
  file: string,
  work: (ctx: CompanyContext) => T | Promise<T>,
): Promise<T> {
  const ctx = await openCompany(file)
  try {
    return await work(ctx)
  } finally {
    ctx.close()
  }
}
