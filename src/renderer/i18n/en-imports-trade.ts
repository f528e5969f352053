/** Words for importing contacts, products, invoices and bills, and an import's warnings. */
export const enImportsTrade = {
  'import.kind.contacts': 'Customers and suppliers',
  'import.kind.products': 'Products',
  'import.kind.invoices': 'Posted invoices',
  'import.kind.bills': 'Posted bills',
  'import.help.contacts':
    'One contact a row. Customer and supplier are yes or no, at least one yes; kind is company or person; tags are separated by ;. customer_group names a customer group (price list).',
  'import.help.products':
    'One product a row. Kind is stocked, non_stocked or service; prices are plain numbers like 12.50; the tax code and accounts are their codes (accounts default to 4100 and 5100).',
  'import.help.invoices':
    'One invoice line a row; rows with the same number form one posted invoice, and that number is kept as its reference. The customer by name, the product by code; an empty price, tax code or account takes the product’s. Currency and rate put an invoice in a foreign currency.',
  'import.help.bills':
    'As invoices, with the supplier instead of the customer; the number is the supplier’s own invoice number, and a line without a product names its account.',
  'import.example.contacts':
    'name,kind,customer,supplier,tax_id,payment_terms_days,credit_limit,currency,person,email,phone,address,city,postal_code,country,tags\nAcme Ltd,company,yes,no,,30,5000,,Jane Roe,jane@acme.example,,1 High St,London,N1 1AA,UK,wholesale',
  'import.example.products':
    'code,name,kind,unit,sales_price,purchase_price,tax_code,income_account,expense_account\nW1,Widget,stocked,pc,12.50,7.00,,,',
  'import.example.invoices':
    'number,date,due_date,customer,product,description,quantity,unit_price,tax_code,account\nOLD-1,2026-01-10,,Acme Ltd,W1,,2,,,',
  'import.example.bills':
    'number,date,due_date,supplier,product,description,quantity,unit_price,tax_code,account\nS-881,2026-01-12,,Parts Co,,Office paper,1,20.00,,6400',
  'import.clean.contacts':
    'No problems. Rows checked: {rows}; contacts to create: {count}. Nothing is imported until you press Import.',
  'import.clean.products':
    'No problems. Rows checked: {rows}; products to create: {count}. Nothing is imported until you press Import.',
  'import.clean.invoices':
    'No problems. Rows checked: {rows}; invoices to post: {count}. Nothing is imported until you press Import.',
  'import.clean.bills':
    'No problems. Rows checked: {rows}; bills to post: {count}. Nothing is imported until you press Import.',
  'import.done.contacts': 'Imported. Contacts created: {count}.',
  'import.done.products': 'Imported. Products created: {count}.',
  'import.done.invoices': 'Imported. Invoices posted: {count}.',
  'import.done.bills': 'Imported. Bills posted: {count}.',
  'import.openImported': 'Open them',
  'import.warnings': 'Worth a look, though nothing stops the import:',
} as const
