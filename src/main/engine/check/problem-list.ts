/** At most this many problems of one kind are spelled out; the rest are counted. */
const SHOWN_PER_KIND = 50

/** Collects a check's problems, a bounded number of each kind so a wrecked file stays readable. */
export class ProblemList {
  readonly problems: string[] = []

  addAll<T>(rows: T[], describe: (row: T) => string, kind: string): void {
    for (const row of rows.slice(0, SHOWN_PER_KIND)) this.problems.push(describe(row))
    if (rows.length > SHOWN_PER_KIND)
      this.problems.push(`… and ${rows.length - SHOWN_PER_KIND} more ${kind}`)
  }
}
