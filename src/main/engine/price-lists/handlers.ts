import type { priceListsContract } from '../../../shared/rpc/contracts/price-lists'
import type { HandlerMap } from '../rpc/handler'
import {
  getCustomerGroup,
  listCustomerGroups,
  saveCustomerGroup,
  setCustomerGroupArchived,
  setGroupPrices,
} from './customer-groups'
import { contactGroupPrices, contactPrice } from './price-for'

export const priceListHandlers: HandlerMap<keyof typeof priceListsContract> = {
  'customerGroups.list': (s, input) =>
    listCustomerGroups(s.requireCompany(), input?.includeArchived ?? false),
  'customerGroups.get': (s, { id }) => getCustomerGroup(s.requireCompany(), id),
  'customerGroups.save': (s, input) => saveCustomerGroup(s.requireCompany(), input),
  'customerGroups.setArchived': (s, { id, archived }) =>
    setCustomerGroupArchived(s.requireCompany(), id, archived),
  'customerGroups.setPrices': (s, { id, prices }) => setGroupPrices(s.requireCompany(), id, prices),
  'priceLists.forContact': (s, { contactId }) => contactGroupPrices(s.requireCompany(), contactId),
  'priceLists.priceFor': (s, { contactId, productId, quantity }) =>
    contactPrice(s.requireCompany(), contactId, productId, quantity),
}
