import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import {
  createBin,
  listBins,
  renameBin,
  setBinArchived,
} from '../../src/main/engine/inventory-items/bins'
import {
  createCategory,
  deleteCategory,
  listCategories,
  renameCategory,
} from '../../src/main/engine/inventory-items/categories'
import { updateItemSettings } from '../../src/main/engine/inventory-items/item-settings'
import { defaultWarehouseId } from '../../src/main/engine/inventory/settings'
import {
  createWarehouse,
  deleteWarehouse,
  listWarehouses,
  setWarehouseArchived,
  updateWarehouse,
  warehouseByCode,
} from '../../src/main/engine/inventory-items/warehouses'
import { salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'

describe('warehouses, bins and categories', () => {
  let ctx: CompanyContext
  beforeEach(async () => {
    ctx = await tempCompany()
  })
  afterEach(() => ctx.close())

  it('keeps MAIN the default when a warehouse with an earlier code is added', () => {
    const main = warehouseByCode(ctx, 'MAIN')!
    createWarehouse(ctx, { code: 'AAA', name: 'Annex' })
    expect(defaultWarehouseId(ctx)).toBe(main.id)
  })

  it('starts with MAIN, adds, renames, archives and deletes an unused warehouse', () => {
    expect(listWarehouses(ctx).map((w) => w.code)).toEqual(['MAIN'])
    const shop = createWarehouse(ctx, { code: ' SHOP ', name: 'Shop floor', address: '1 High St' })
    expect(shop).toMatchObject({ code: 'SHOP', name: 'Shop floor', address: '1 High St' })
    expect(() => createWarehouse(ctx, { code: 'shop', name: 'Again' })).toThrow(
      'There is already a warehouse shop',
    )
    expect(() => createWarehouse(ctx, { code: '', name: 'No code' })).toThrow('needs a code')
    expect(updateWarehouse(ctx, shop.id, { code: 'SHOP', name: 'Shop' }).name).toBe('Shop')
    expect(warehouseByCode(ctx, 'shop').id).toBe(shop.id)
    expect(() => warehouseByCode(ctx, 'NOPE')).toThrow('Warehouse NOPE was not found')

    setWarehouseArchived(ctx, shop.id, true)
    expect(listWarehouses(ctx).map((w) => w.code)).toEqual(['MAIN'])
    expect(listWarehouses(ctx, { includeArchived: true }).map((w) => w.code)).toEqual([
      'MAIN',
      'SHOP',
    ])
    setWarehouseArchived(ctx, shop.id, false)

    createBin(ctx, { warehouseId: shop.id, code: 'A1' })
    deleteWarehouse(ctx, shop.id)
    expect(listWarehouses(ctx, { includeArchived: true }).map((w) => w.code)).toEqual(['MAIN'])
    const changes = ctx.sqlite
      .prepare("SELECT operation FROM change_log WHERE entity = 'warehouse' ORDER BY seq")
      .all() as { operation: string }[]
    expect(changes.map((c) => c.operation)).toEqual([
      'create',
      'update',
      'archive',
      'unarchive',
      'delete',
    ])
  })

  it('keeps bin codes unique within a warehouse, not across them', () => {
    const main = warehouseByCode(ctx, 'MAIN')
    const shop = createWarehouse(ctx, { code: 'SHOP', name: 'Shop' })
    const a1 = createBin(ctx, { warehouseId: main.id, code: 'A1' })
    createBin(ctx, { warehouseId: main.id, code: 'B2' })
    createBin(ctx, { warehouseId: shop.id, code: 'A1' })
    expect(() => createBin(ctx, { warehouseId: main.id, code: 'a1' })).toThrow(
      'Warehouse MAIN already has a bin a1',
    )
    expect(renameBin(ctx, a1.id, 'A0').code).toBe('A0')
    setBinArchived(ctx, a1.id, true)
    expect(listBins(ctx, main.id).map((b) => b.code)).toEqual(['B2'])
    expect(listBins(ctx, main.id, { includeArchived: true }).map((b) => b.code)).toEqual([
      'A0',
      'B2',
    ])
    setWarehouseArchived(ctx, shop.id, true)
    expect(() => createBin(ctx, { warehouseId: shop.id, code: 'C3' })).toThrow(
      'Warehouse SHOP is archived',
    )
  })

  it('names categories uniquely and keeps one while an item has it', () => {
    const { product } = salesSetup(ctx)
    const drinks = createCategory(ctx, 'Drinks')
    const food = createCategory(ctx, 'Food')
    expect(() => createCategory(ctx, 'drinks')).toThrow('There is already a category drinks')
    expect(renameCategory(ctx, food.id, 'Snacks').name).toBe('Snacks')
    expect(listCategories(ctx).map((c) => c.name)).toEqual(['Drinks', 'Snacks'])
    updateItemSettings(ctx, product.id, { categoryId: drinks.id })
    expect(() => deleteCategory(ctx, drinks.id)).toThrow('Category Drinks is given to W1')
    deleteCategory(ctx, food.id)
    expect(listCategories(ctx).map((c) => c.name)).toEqual(['Drinks'])
  })
})
