import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import {
  addBarcode,
  listBarcodes,
  removeBarcode,
  scanCode,
} from '../../src/main/engine/inventory-items/barcodes'
import { updateItemSettings } from '../../src/main/engine/inventory-items/item-settings'
import { setItemUnits } from '../../src/main/engine/inventory-items/item-units'
import { getItem, listItems } from '../../src/main/engine/inventory-items/stocked-item'
import { createProduct } from '../../src/main/engine/products/products'
import { salesSetup } from '../helpers/sales-fixture'
import { accountId, tempCompany } from '../helpers/temp-company'

describe('item settings, units and barcodes', () => {
  let ctx: CompanyContext
  let widget: string
  beforeEach(async () => {
    ctx = await tempCompany()
    widget = salesSetup(ctx).product.id
  })
  afterEach(() => ctx.close())

  it('gives a stocked product its settings, and refuses them to a service', () => {
    expect(getItem(ctx, widget)).toMatchObject({
      valuation: 'fifo',
      reorderLevel: 0n,
      lotTracked: false,
      hasMoves: false,
    })
    const item = updateItemSettings(ctx, widget, {
      valuation: 'average',
      reorderLevel: 5_000n,
      reorderQuantity: 20_000n,
      lotTracked: true,
    })
    expect(item).toMatchObject({
      valuation: 'average',
      reorderLevel: 5_000n,
      reorderQuantity: 20_000n,
      lotTracked: true,
    })
    expect(() => updateItemSettings(ctx, widget, { reorderLevel: -1n })).toThrow('below zero')
    expect(() => updateItemSettings(ctx, widget, { categoryId: 'nope' })).toThrow(
      'Item category nope was not found',
    )
    const repair = createProduct(ctx, {
      code: 'FIX',
      name: 'Repair',
      kind: 'service',
      incomeAccountId: accountId(ctx, '4200'),
      expenseAccountId: accountId(ctx, '5100'),
    })
    expect(() => updateItemSettings(ctx, repair.id, { reorderLevel: 1n })).toThrow(
      'FIX Repair is not a stocked product',
    )
    expect(listItems(ctx).map((i) => i.product.code)).toEqual(['W1'])
  })

  it('counts in boxes and cases beside the base unit', () => {
    const item = setItemUnits(ctx, widget, [
      { unit: 'case', factor: 144_000n },
      { unit: 'box', factor: 12_000n },
    ])
    expect(item.units).toEqual([
      { unit: 'box', factor: 12_000n },
      { unit: 'case', factor: 144_000n },
    ])
    expect(() => setItemUnits(ctx, widget, [{ unit: 'pc', factor: 1_000n }])).toThrow(
      'pc is the base unit of W1',
    )
    expect(() => setItemUnits(ctx, widget, [{ unit: 'box', factor: 0n }])).toThrow(
      'One box must hold more than zero',
    )
    expect(() =>
      setItemUnits(ctx, widget, [
        { unit: 'box', factor: 12_000n },
        { unit: 'Box', factor: 10_000n },
      ]),
    ).toThrow('Box is listed twice')
  })

  it('scans a box barcode as one box, a plain one as one piece, and names an unknown code', () => {
    setItemUnits(ctx, widget, [{ unit: 'box', factor: 12_000n }])
    addBarcode(ctx, { code: '4006381333931', productId: widget, unit: null })
    addBarcode(ctx, { code: '14006381333938', productId: widget, unit: 'box' })
    expect(() => addBarcode(ctx, { code: '4006381333931', productId: widget, unit: null })).toThrow(
      'Barcode 4006381333931 already belongs to W1',
    )
    expect(() => addBarcode(ctx, { code: '999', productId: widget, unit: 'pallet' })).toThrow(
      'W1 has no unit pallet',
    )
    expect(scanCode(ctx, '14006381333938')).toMatchObject({
      product: { code: 'W1' },
      unit: 'box',
      factor: 12_000n,
    })
    expect(scanCode(ctx, ' 4006381333931 ')).toMatchObject({ unit: 'pc', factor: 1_000n })
    // The item's own code scans too, as one base unit.
    expect(scanCode(ctx, 'W1')).toMatchObject({ product: { id: widget }, factor: 1_000n })
    expect(() => scanCode(ctx, '123456')).toThrow('No item has the code 123456')

    // A unit a barcode counts in stays until the barcode goes.
    expect(() => setItemUnits(ctx, widget, [])).toThrow('Barcode 14006381333938 counts in box')
    removeBarcode(ctx, '14006381333938')
    expect(setItemUnits(ctx, widget, []).units).toEqual([])
    expect(listBarcodes(ctx, widget).map((b) => b.code)).toEqual(['4006381333931'])
    expect(() => removeBarcode(ctx, '14006381333938')).toThrow('was not found')
  })
})
