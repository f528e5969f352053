import type { StockRoute } from '../routing/stock-routes'
import { CountPage } from './count-page'
import { MovePage } from './move-page'
import { StockDocumentList } from './stock-document-list'
import { StockDocumentPage } from './stock-document-page'
import './stock.css'

/** The screen for a warehouse clerk's route; each page is keyed so a new address starts afresh. */
export function StockPage(props: { route: StockRoute }) {
  const route = props.route
  switch (route.page) {
    case 'stock-receive':
      return <MovePage key={`receipt|${route.source ?? ''}`} kind="receipt" source={route.source} />
    case 'stock-deliver':
      return (
        <MovePage key={`delivery|${route.source ?? ''}`} kind="delivery" source={route.source} />
      )
    case 'stock-transfer':
      return <MovePage key="transfer" kind="transfer" />
    case 'stock-adjust':
      return <MovePage key="adjustment" kind="adjustment" />
    case 'stock-count':
      return <CountPage key={route.id ?? ''} id={route.id} />
    case 'stock-documents':
      return <StockDocumentList type={route.type} />
    case 'stock-doc':
      return <StockDocumentPage key={route.id} id={route.id} />
  }
}
