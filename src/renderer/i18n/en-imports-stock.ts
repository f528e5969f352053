/** Words for importing stocked items and opening stock on the Import screen. */
export const enImportsStock = {
  'import.kind.items': 'Stocked items',
  'import.kind.openingStock': 'Opening stock',
  'import.help.items':
    'One item a row, by its code: a new code creates a stocked item, a known one updates it, and an empty cell keeps what the item has. Prices are plain numbers like 12.50; valuation is fifo or average; lot_tracked is yes or no; barcodes like 4006381333931|14006381333938:box; units like box=12|case=144.',
  'import.help.openingStock':
    'One stock line a row: the item and warehouse by code, the quantity in the item’s base unit, the unit cost per base unit. A lot-tracked item needs its lot; expiry (YYYY-MM-DD) belongs to the lot. Rows of the same warehouse and date (today when empty) form one posted opening stock document, against opening balances.',
  'import.example.items':
    'code,name,unit,sales_price,purchase_price,valuation,category,reorder_level,reorder_quantity,lot_tracked,barcodes,units\nW1,Widget,pc,12.50,7.00,fifo,Hardware,5,20,no,4006381333931|14006381333938:box,box=12\nMILK,"Milk, 1 l",bottle,1.20,0.80,average,Dairy,24,48,yes,,crate=20',
  'import.example.openingStock':
    'item,warehouse,quantity,unit_cost,lot,expiry,bin,date\nW1,MAIN,40,7.00,,,,2026-01-01\nMILK,MAIN,24,0.80,L-0107,2026-02-15,,2026-01-01',
  'import.clean.items':
    'No problems. Rows checked: {rows}; items to create or update: {count}. Nothing is imported until you press Import.',
  'import.clean.openingStock':
    'No problems. Rows checked: {rows}; opening stock documents to post: {count}, with {moves} stock moves worth {value}. Nothing is imported until you press Import.',
  'import.done.items': 'Imported. Items created or updated: {count}.',
  'import.done.openingStock':
    'Imported. Opening stock documents posted: {count}, with {moves} stock moves worth {value}.',
  'import.openItems': 'See them on the items list',
} as const
