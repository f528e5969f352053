import { z } from 'zod'
import type {
  ContactPrice,
  CustomerGroup,
  CustomerGroupDetail,
  GroupPrice,
} from '../../domain/price-lists'
import { procedure } from '../procedure'
import { id } from '../fields'

/** Customer groups and their price lists; the price a contact pays for a product. */
export const priceListsContract = {
  'customerGroups.list': procedure<CustomerGroup[]>()(
    z.object({ includeArchived: z.boolean().optional() }).optional(),
    'read',
  ),
  'customerGroups.get': procedure<CustomerGroupDetail>()(z.object({ id }), 'read'),
  'customerGroups.save': procedure<CustomerGroupDetail>()(
    z.object({ id: id.optional(), name: z.string().max(200) }),
    'write',
  ),
  'customerGroups.setArchived': procedure<CustomerGroupDetail>()(
    z.object({ id, archived: z.boolean() }),
    'write',
  ),
  'customerGroups.setPrices': procedure<CustomerGroupDetail>()(
    z.object({
      id,
      prices: z
        .array(z.object({ productId: id, minQuantity: z.bigint().optional(), price: z.bigint() }))
        .max(100_000),
    }),
    'write',
  ),
  'priceLists.forContact': procedure<GroupPrice[]>()(z.object({ contactId: id }), 'read'),
  'priceLists.priceFor': procedure<ContactPrice>()(
    z.object({ contactId: id, productId: id, quantity: z.bigint() }),
    'read',
  ),
} as const
