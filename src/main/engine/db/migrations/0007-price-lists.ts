import { sql, type Kysely } from 'kysely'

/**
 * Price lists per customer group: a group (wholesale, staff, ...) that a customer may belong to
 * (one at most: the member row's key is the contact), and the group's price for a product from a
 * minimum quantity up, in the company currency. A contact outside any group, or a product the
 * group has no price for, sells at the product's own sales price.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db)
}

const STATEMENTS = [
  `CREATE TABLE customer_group (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE UNIQUE INDEX customer_group_name ON customer_group(lower(name))`,
  `CREATE TABLE customer_group_member (
    contact_id TEXT PRIMARY KEY REFERENCES contact(id),
    group_id TEXT NOT NULL REFERENCES customer_group(id)
  ) STRICT`,
  `CREATE INDEX customer_group_member_of ON customer_group_member(group_id)`,
  `CREATE TABLE group_price (
    group_id TEXT NOT NULL REFERENCES customer_group(id),
    product_id TEXT NOT NULL REFERENCES product(id),
    min_quantity INTEGER NOT NULL DEFAULT 0 CHECK (min_quantity >= 0),
    price INTEGER NOT NULL CHECK (price >= 0),
    PRIMARY KEY (group_id, product_id, min_quantity)
  ) STRICT, WITHOUT ROWID`,
]
