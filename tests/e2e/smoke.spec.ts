import { expect, test } from '@playwright/test'

test('the app loads in the browser and reaches the engine over /rpc', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const firstCall = page.waitForResponse((response) => response.url().includes('/rpc/'))
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'")
  await expect(page).toHaveTitle(/Daftar/)
  // The React app rendered into its root: not the "not built yet" page, not a blank screen.
  await expect(page.locator('#root')).not.toBeEmpty()
  const call = await firstCall
  expect(call.status()).toBe(200)
  expect(await call.text()).toContain('"ok":true')
  expect(errors).toEqual([])
})
