import { useWarehouses } from '../use-inventory'
import { InventorySettingsCard } from './inventory-settings'

/** The stock settings as a section of the company settings page. */
export function InventorySettingsSection() {
  const warehouses = useWarehouses().data
  return warehouses ? <InventorySettingsCard warehouses={warehouses} /> : null
}
