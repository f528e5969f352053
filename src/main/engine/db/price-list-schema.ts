/** The price-list tables (migration 0007) as Kysely sees them; INTEGER columns are bigint. */
export interface PriceListTables {
  customer_group: CustomerGroupTable
  customer_group_member: CustomerGroupMemberTable
  group_price: GroupPriceTable
}

export interface CustomerGroupTable {
  id: string
  name: string
  archived: bigint
  created_at: string
  updated_at: string
}

/** A contact's one customer group. */
export interface CustomerGroupMemberTable {
  contact_id: string
  group_id: string
}

/** The group's price for a product from `min_quantity` (thousandths) up, in the company currency. */
export interface GroupPriceTable {
  group_id: string
  product_id: string
  min_quantity: bigint
  price: bigint
}
