import { expect, type Page } from '@playwright/test'

/**
 * One call to the open company over the http host, for a journey's setup that is not what the
 * journey is about; bigints travel as {"$bigint": "..."} as the renderer's client sends them.
 */
export async function rpc<T>(page: Page, name: string, input: unknown): Promise<T> {
  const body = JSON.stringify(input, (_key, value: unknown) =>
    typeof value === 'bigint' ? { $bigint: value.toString() } : value,
  )
  const response = await page.request.post(`/rpc/${name}`, {
    data: body,
    headers: { 'content-type': 'application/json' },
  })
  expect(response.ok(), await response.text()).toBe(true)
  const answer = (await response.json()) as { ok?: boolean; value?: T } | T
  return (answer as { value?: T }).value ?? (answer as T)
}

/** The id of the account with this code in the open company's chart. */
export async function accountId(page: Page, code: string): Promise<string> {
  const accounts = await rpc<{ id: string; code: string }[]>(page, 'accounts.list', {})
  const found = accounts.find((account) => account.code === code)
  expect(found, `account ${code}`).toBeDefined()
  return found?.id ?? ''
}

/** A new customer's sales order for `lines`, dated today and issued, opened on its page. */
export async function openIssuedSalesOrder(
  page: Page,
  customer: string,
  lines: { productId?: string; quantity: bigint; description?: string; unitPrice?: bigint }[],
): Promise<void> {
  const contact = await rpc<{ id: string }>(page, 'contacts.create', {
    name: customer,
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
  })
  const draft = await rpc<{ id: string }>(page, 'salesOrders.saveDraft', {
    contactId: contact.id,
    date: new Date().toISOString().slice(0, 10),
    lines,
  })
  await rpc(page, 'salesOrders.issue', { id: draft.id })
  await page.goto(`/#/sales/orders/${encodeURIComponent(draft.id)}`)
}
