import type { RulePack } from '../../../../shared/domain/payroll'
import { GENERIC_PACK } from './generic'
import { UNITED_KINGDOM_PACK } from './united-kingdom'
import { VIETNAM_PACK } from './vietnam'

/** The packs every company starts with; the user may edit them or add their own. */
export const BUILT_IN_PACKS: readonly RulePack[] = [GENERIC_PACK, VIETNAM_PACK, UNITED_KINGDOM_PACK]
