import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { defaultInvoke, type DaftarBridge } from './api/client'
import { createServices, ServicesProvider } from './state/services'
import { App } from './shell/app'
import './styles/app.css'
import './styles/sales.css'
import './styles/sales-flow.css'

const host = window as unknown as { daftar?: DaftarBridge; fetch: typeof fetch }
const services = createServices(defaultInvoke(host))
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
)
