import { z } from 'zod'
import type { Dashboard } from '../../domain/dashboard'
import { isoDate } from '../fields'
import { procedure } from '../procedure'

/** The home page's figures, spread into the one contract. `today` fixes the day (tests). */
export const dashboardContract = {
  'dashboard.get': procedure<Dashboard>()(z.object({ today: isoDate.optional() }), 'read'),
} as const
