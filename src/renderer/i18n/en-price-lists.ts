/** Words for customer groups and their price lists, the sales order form and the quote's date. */
export const enPriceLists = {
  'nav.priceLists': 'Price lists',
  'nav.priceList': 'Price list',
  'nav.newSalesOrder': 'New sales order',

  'priceLists.intro':
    'A customer in a group pays the group’s price for a product, from its minimum quantity up; other products sell at their own price. Prices are in the company currency.',
  'priceLists.newGroup': 'New customer group',
  'priceLists.groupName': 'Group name',
  'priceLists.create': 'Create group',
  'priceLists.col.name': 'Group',
  'priceLists.col.members': 'Customers',
  'priceLists.empty': 'No customer groups yet.',
  'priceLists.archived': 'Archived',
  'priceLists.archive': 'Archive group',
  'priceLists.unarchive': 'Restore group',
  'priceLists.rename': 'Rename',
  'priceLists.prices': 'Prices',
  'priceLists.col.product': 'Product',
  'priceLists.col.minQuantity': 'From quantity',
  'priceLists.col.price': 'Price',
  'priceLists.col.listPrice': 'Own price',
  'priceLists.addPrice': 'Add a price',
  'priceLists.removePrice': 'Remove',
  'priceLists.save': 'Save prices',
  'priceLists.saved': 'Prices saved.',
  'priceLists.noPrices': 'No prices yet: every product sells at its own price.',
  'priceLists.chooseProduct': 'Choose a product',
  'priceLists.badNumber': 'Type a number of zero or more',

  'contact.field.customerGroup': 'Customer group (price list)',
  'contact.noCustomerGroup': 'None: the products’ own prices',

  'quote.field.validUntil': 'Valid until',
  'salesOrder.new': 'New sales order',
  'salesOrder.issue': 'Issue order',
  'salesOrder.issued': 'Sales order {number} issued.',
} as const
