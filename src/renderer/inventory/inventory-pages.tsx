import type { InventoryRoute } from '../routing/inventory-routes'
import { CategoryList } from './items/category-list'
import { ItemList } from './items/item-list'
import { ItemPage } from './items/item-page'
import { InventoryReportPage } from './reports/inventory-report-page'
import { WarehouseList } from './warehouses/warehouse-list'
import { WarehousePage } from './warehouses/warehouse-page'
import './inventory.css'

/** The inventory screen for a route. */
export function InventoryPage(props: { route: InventoryRoute }) {
  const route = props.route
  switch (route.page) {
    case 'items':
      return <ItemList category={route.category} />
    case 'item':
      return <ItemPage key={route.id} id={route.id} />
    case 'item-categories':
      return <CategoryList />
    case 'warehouses':
      return <WarehouseList />
    case 'warehouse':
      return <WarehousePage key={route.id} id={route.id} />
    case 'inventory-report':
      return <InventoryReportPage key={route.name} route={route} />
  }
}
