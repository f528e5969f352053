import type BetterSqlite3 from 'better-sqlite3'
import type { Compilable, CompiledQuery } from 'kysely'

/**
 * Runs Kysely-built queries synchronously on better-sqlite3, with prepared statements cached by
 * their SQL. Kysely gives the types; better-sqlite3 gives speed and real synchronous transactions.
 */
export class Statements {
  private readonly cache = new Map<string, BetterSqlite3.Statement>()

  constructor(readonly sqlite: BetterSqlite3.Database) {}

  prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.cache.get(sql)
    if (!statement) {
      statement = this.sqlite.prepare(sql)
      this.cache.set(sql, statement)
    }
    return statement
  }

  all<R>(query: Compilable<R> | CompiledQuery<R>): R[] {
    const compiled = 'compile' in query ? query.compile() : query
    return this.prepare(compiled.sql).all(...(compiled.parameters as unknown[])) as R[]
  }

  first<R>(query: Compilable<R> | CompiledQuery<R>): R | undefined {
    const compiled = 'compile' in query ? query.compile() : query
    return this.prepare(compiled.sql).get(...(compiled.parameters as unknown[])) as R | undefined
  }

  run(query: Compilable<unknown> | CompiledQuery<unknown>): BetterSqlite3.RunResult {
    const compiled = 'compile' in query ? query.compile() : query
    return this.prepare(compiled.sql).run(...(compiled.parameters as unknown[]))
  }
}
