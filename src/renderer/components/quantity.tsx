import { useI18n } from '../i18n/i18n-context'
import { quantityText } from '../sales/sales-numbers'

/** Quantities (thousandths) as text in the company's digits, for labels and messages. */
export function useQuantityText(): (thousandths: bigint) => string {
  const { format } = useI18n()
  return (thousandths) => quantityText(thousandths, format.locale)
}

/** A quantity in the company's digits and decimal sign, with its unit when given: "۱٫۵ kg". */
export function Quantity(props: { value: bigint; unit?: string }) {
  const text = useQuantityText()(props.value)
  return <>{props.unit ? `${text} ${props.unit}` : text}</>
}
