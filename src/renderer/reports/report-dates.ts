import { fiscalYearStartFor, today } from '../../shared/dates'

/** Defaults when a report's address leaves dates out: today, and the fiscal year so far. */
export function reportDefaults(fiscalYearStart: string, now: string = today()) {
  return { asOf: now, from: fiscalYearStartFor(now, fiscalYearStart), to: now }
}
