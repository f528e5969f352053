/** ISO 4217 currencies Daftar knows, with the number of digits of their minor unit. */
export const CURRENCIES = {
  AED: { decimals: 2, name: 'UAE dirham' },
  AUD: { decimals: 2, name: 'Australian dollar' },
  BHD: { decimals: 3, name: 'Bahraini dinar' },
  CAD: { decimals: 2, name: 'Canadian dollar' },
  CHF: { decimals: 2, name: 'Swiss franc' },
  CNY: { decimals: 2, name: 'Chinese yuan' },
  EUR: { decimals: 2, name: 'Euro' },
  GBP: { decimals: 2, name: 'Pound sterling' },
  IDR: { decimals: 2, name: 'Indonesian rupiah' },
  INR: { decimals: 2, name: 'Indian rupee' },
  IQD: { decimals: 3, name: 'Iraqi dinar' },
  IRR: { decimals: 0, name: 'Iranian rial' },
  JOD: { decimals: 3, name: 'Jordanian dinar' },
  JPY: { decimals: 0, name: 'Japanese yen' },
  KRW: { decimals: 0, name: 'South Korean won' },
  KWD: { decimals: 3, name: 'Kuwaiti dinar' },
  MYR: { decimals: 2, name: 'Malaysian ringgit' },
  OMR: { decimals: 3, name: 'Omani rial' },
  PKR: { decimals: 2, name: 'Pakistani rupee' },
  SAR: { decimals: 2, name: 'Saudi riyal' },
  SGD: { decimals: 2, name: 'Singapore dollar' },
  THB: { decimals: 2, name: 'Thai baht' },
  TND: { decimals: 3, name: 'Tunisian dinar' },
  TRY: { decimals: 2, name: 'Turkish lira' },
  USD: { decimals: 2, name: 'US dollar' },
  VND: { decimals: 0, name: 'Vietnamese dong' },
  ZAR: { decimals: 2, name: 'South African rand' },
} as const satisfies Record<string, { decimals: number; name: string }>

export type CurrencyCode = keyof typeof CURRENCIES

export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.hasOwn(CURRENCIES, code)
}

export function currencyDecimals(code: string): number {
  if (!isCurrencyCode(code)) throw new Error(`Unknown currency ${code}`)
  return CURRENCIES[code].decimals
}
