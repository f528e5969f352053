/**
 * Price lists per customer group. A group's prices are in the company currency; a price applies
 * from its minimum quantity (thousandths of the unit, 0 for any) up, and the largest minimum a
 * line's quantity reaches wins. Without a group price, a product sells at its own sales price.
 */
export interface CustomerGroup {
  id: string
  name: string
  archived: boolean
  /** How many contacts belong to it. */
  members: number
}

export interface GroupPrice {
  productId: string
  productCode: string
  productName: string
  minQuantity: bigint
  price: bigint
}

export interface CustomerGroupDetail extends CustomerGroup {
  prices: GroupPrice[]
}

export interface GroupPriceInput {
  productId: string
  minQuantity?: bigint
  price: bigint
}

/** A product's price for a contact at a quantity, and whether the contact's group set it. */
export interface ContactPrice {
  price: bigint
  groupId: string | null
}
