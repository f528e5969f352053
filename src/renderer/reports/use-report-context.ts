import { useSession } from '../state/services'
import { reportDefaults } from './report-dates'

/** What every report needs from the open company: its fiscal year and default dates. */
export function useReportContext() {
  const fiscalYearStart = useSession((store) => store.session?.company?.fiscalYearStart ?? '01-01')
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  return { fiscalYearStart, companyPath, defaults: reportDefaults(fiscalYearStart) }
}
