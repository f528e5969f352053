// PLACEHOLDER: the demo helper replaces this file with the real generator.
import type { CompanyContext } from '../company/company-context'

export function generateDemo(_ctx: CompanyContext, _options: { seed: number }): void {}
