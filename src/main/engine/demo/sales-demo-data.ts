import type { ContactInput, ProductKind } from '../../../shared/domain/sales'

/** The shop's trade customers: cafés, offices and a caterer buying on account. */
export const DEMO_CUSTOMERS: ContactInput[] = [
  {
    name: 'Blue Door Café',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    paymentTermsDays: 14,
    taxId: 'GB204118832',
    tags: ['café', 'weekly'],
    addresses: [
      { label: 'Shop', line1: '12 Mill Lane', city: 'Leeds', postalCode: 'LS1 4AB', country: 'UK' },
    ],
    people: [
      { name: 'Maya Patel', role: 'Owner', email: 'maya@bluedoor.example', phone: '0113 496 0001' },
    ],
  },
  {
    name: 'Northside Offices Ltd',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    paymentTermsDays: 30,
    taxId: 'GB377100214',
    tags: ['office'],
    addresses: [
      {
        label: 'Head office',
        line1: 'Unit 3, Canal Wharf',
        city: 'Leeds',
        postalCode: 'LS11 5PS',
        country: 'UK',
      },
    ],
    people: [
      { name: 'Tom Okafor', role: 'Facilities', email: 'tom.okafor@northside.example', phone: '' },
      { name: 'Accounts payable', role: 'Invoices', email: 'ap@northside.example', phone: '' },
    ],
  },
  {
    name: 'Greenfield Catering',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    paymentTermsDays: 30,
    creditLimit: 250_000n, // cents of the demo unit, scaled like every amount
    tags: ['catering'],
    addresses: [
      { line1: '4 Station Road', city: 'Harrogate', postalCode: 'HG1 1JP', country: 'UK' },
    ],
    people: [
      { name: 'Sam Reid', role: 'Buyer', email: 'sam@greenfield.example', phone: '01423 555 010' },
    ],
  },
  {
    name: 'Corner Books',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    paymentTermsDays: 14,
  },
  {
    name: 'Hana Kim',
    kind: 'person',
    isCustomer: true,
    isSupplier: false,
    paymentTermsDays: 7,
    people: [{ name: 'Hana Kim', role: '', email: 'hana.kim@example.com', phone: '07700 900123' }],
  },
  {
    name: 'Riverside Gym',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    paymentTermsDays: 30,
    addresses: [{ line1: '88 Water Street', city: 'Leeds', postalCode: 'LS2 7EE', country: 'UK' }],
  },
  {
    name: 'St. Anne’s School',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    paymentTermsDays: 45,
    tags: ['education'],
  },
]

/** Suppliers the shop deals with besides its wholesaler; one also buys from the shop. */
export const DEMO_SUPPLIERS: ContactInput[] = [
  {
    name: 'Roastworks Coffee Co',
    kind: 'company',
    isCustomer: false,
    isSupplier: true,
    paymentTermsDays: 30,
    taxId: 'GB912004455',
    addresses: [
      { line1: 'Arch 14, Viaduct Road', city: 'Manchester', postalCode: 'M4 6AB', country: 'UK' },
    ],
    people: [
      {
        name: 'Lena Fischer',
        role: 'Account manager',
        email: 'lena@roastworks.example',
        phone: '0161 496 0777',
      },
    ],
  },
  {
    name: 'PrintHub',
    kind: 'company',
    isCustomer: true,
    isSupplier: true,
    paymentTermsDays: 14,
    addresses: [{ line1: '2 Print Yard', city: 'Leeds', postalCode: 'LS9 8AA', country: 'UK' }],
  },
]

export interface DemoProduct {
  code: string
  name: string
  kind: ProductKind
  unit: string
  /** In cents of the demo's dollar-like unit; scaled to the company's currency. */
  price: number
  cost: number
  /** VAT10 for most, none for food staples. */
  taxed: boolean
  service: boolean
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    code: 'COF-1KG',
    name: 'Coffee beans, house blend, 1 kg',
    kind: 'stocked',
    unit: 'bag',
    price: 2_200,
    cost: 1_300,
    taxed: false,
    service: false,
  },
  {
    code: 'COF-DEC',
    name: 'Coffee beans, decaf, 1 kg',
    kind: 'stocked',
    unit: 'bag',
    price: 2_450,
    cost: 1_500,
    taxed: false,
    service: false,
  },
  {
    code: 'TEA-100',
    name: 'Breakfast tea, 100 bags',
    kind: 'stocked',
    unit: 'box',
    price: 650,
    cost: 320,
    taxed: false,
    service: false,
  },
  {
    code: 'MUG-LOGO',
    name: 'Mug with your logo',
    kind: 'stocked',
    unit: 'pc',
    price: 900,
    cost: 380,
    taxed: true,
    service: false,
  },
  {
    code: 'GRINDER',
    name: 'Burr grinder',
    kind: 'stocked',
    unit: 'pc',
    price: 14_900,
    cost: 9_800,
    taxed: true,
    service: false,
  },
  {
    code: 'CUPS-500',
    name: 'Paper cups, case of 500',
    kind: 'non_stocked',
    unit: 'case',
    price: 4_200,
    cost: 2_900,
    taxed: true,
    service: false,
  },
  {
    code: 'CATER',
    name: 'Coffee catering, per guest',
    kind: 'service',
    unit: 'guest',
    price: 350,
    cost: 0,
    taxed: true,
    service: true,
  },
  {
    code: 'DELIVERY',
    name: 'Delivery',
    kind: 'service',
    unit: 'trip',
    price: 1_500,
    cost: 0,
    taxed: true,
    service: true,
  },
]
