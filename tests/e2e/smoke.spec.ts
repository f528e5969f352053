import { expect, test } from '@playwright/test'

test('the app loads in the browser with its title and no script errors', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'")
  await expect(page).toHaveTitle(/Daftar/)
  // The React app rendered into its root: not the "not built yet" page, not a blank screen.
  await expect(page.locator('#root')).not.toBeEmpty()
  expect(errors).toEqual([])
})
