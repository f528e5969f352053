import type { inventoryItemsContract } from '../../../shared/rpc/contracts/inventory-items'
import type { HandlerMap } from '../rpc/handler'
import { availability } from './availability'
import { addBarcode, removeBarcode, scanCode } from './barcodes'
import { createBin, listBins, renameBin, setBinArchived } from './bins'
import { createCategory, deleteCategory, listCategories, renameCategory } from './categories'
import { updateItemSettings } from './item-settings'
import { setItemUnits } from './item-units'
import { listLots, setLotExpiry } from './lots'
import { getItem, listItems } from './stocked-item'
import {
  createWarehouse,
  deleteWarehouse,
  listWarehouses,
  setWarehouseArchived,
  updateWarehouse,
} from './warehouses'

export const inventoryItemsHandlers: HandlerMap<keyof typeof inventoryItemsContract> = {
  'warehouses.list': (s, filter) => listWarehouses(s.requireCompany(), filter),
  'warehouses.create': (s, input) => createWarehouse(s.requireCompany(), input),
  'warehouses.update': (s, { id, ...input }) => updateWarehouse(s.requireCompany(), id, input),
  'warehouses.setArchived': (s, { id, archived }) =>
    setWarehouseArchived(s.requireCompany(), id, archived),
  'warehouses.delete': (s, { id }) => {
    deleteWarehouse(s.requireCompany(), id)
    return { ok: true }
  },
  'bins.list': (s, { warehouseId, ...filter }) => listBins(s.requireCompany(), warehouseId, filter),
  'bins.create': (s, input) => createBin(s.requireCompany(), input),
  'bins.rename': (s, { id, code }) => renameBin(s.requireCompany(), id, code),
  'bins.setArchived': (s, { id, archived }) => setBinArchived(s.requireCompany(), id, archived),
  'itemCategories.list': (s) => listCategories(s.requireCompany()),
  'itemCategories.create': (s, { name }) => createCategory(s.requireCompany(), name),
  'itemCategories.rename': (s, { id, name }) => renameCategory(s.requireCompany(), id, name),
  'itemCategories.delete': (s, { id }) => {
    deleteCategory(s.requireCompany(), id)
    return { ok: true }
  },
  'items.list': (s, filter) => listItems(s.requireCompany(), filter),
  'items.get': (s, { productId }) => getItem(s.requireCompany(), productId),
  'items.updateSettings': (s, { productId, ...input }) =>
    updateItemSettings(s.requireCompany(), productId, input),
  'items.setUnits': (s, { productId, units }) => setItemUnits(s.requireCompany(), productId, units),
  'items.addBarcode': (s, input) =>
    addBarcode(s.requireCompany(), { ...input, unit: input.unit ?? null }),
  'items.removeBarcode': (s, { code }) => {
    removeBarcode(s.requireCompany(), code)
    return { ok: true }
  },
  'items.scan': (s, { code }) => scanCode(s.requireCompany(), code),
  'items.lots': (s, { productId, inStockOnly }) =>
    listLots(s.requireCompany(), productId, { inStockOnly }),
  'items.setLotExpiry': (s, { lotId, expiryDate }) =>
    setLotExpiry(s.requireCompany(), lotId, expiryDate),
  'items.availability': (s, { productIds }) => availability(s.requireCompany(), productIds),
}
