import jsep, { type Expression } from 'jsep'
import * as q from './rational'
import type { Rational } from './rational'

/**
 * Payroll formulas: arithmetic over component codes and the period's inputs, parsed by jsep and
 * evaluated here over exact rationals. Never eval. Allowed: numbers, names, + - * /, unary minus,
 * parentheses, comparisons (true is 1, false 0), `test ? a : b`, min(...) and max(...).
 */
export type Lookup = (name: string) => Rational

export interface Formula {
  readonly text: string
  /** The names it reads, each once, in order of first use. */
  readonly references: readonly string[]
  evaluate(lookup: Lookup): Rational
}

/** Why a formula was refused, in words a person can act on. */
export class FormulaError extends Error {
  override name = 'FormulaError'
}

type Node = (lookup: Lookup) => Rational

const BINARY: Record<string, (a: Rational, b: Rational) => Rational> = {
  '+': q.add,
  '-': q.sub,
  '*': q.mul,
  '/': (a, b) => {
    if (q.isZero(b)) throw new FormulaError('division by zero')
    return q.div(a, b)
  },
  '<': (a, b) => truth(q.compare(a, b) < 0),
  '<=': (a, b) => truth(q.compare(a, b) <= 0),
  '>': (a, b) => truth(q.compare(a, b) > 0),
  '>=': (a, b) => truth(q.compare(a, b) >= 0),
  '==': (a, b) => truth(q.compare(a, b) === 0),
  '!=': (a, b) => truth(q.compare(a, b) !== 0),
}

const FUNCTIONS: Record<string, (a: Rational, b: Rational) => Rational> = { min: q.min, max: q.max }

const truth = (value: boolean): Rational => (value ? q.ONE : q.ZERO)

/**
 * Parses `text` and checks it: every name must be in `known`, and no division may be by a
 * constant zero. Throws FormulaError naming what is wrong.
 */
export function compileFormula(text: string, known: ReadonlySet<string>): Formula {
  if (!text.trim()) throw new FormulaError('the formula is empty')
  let tree: Expression
  try {
    tree = jsep(text)
  } catch (error) {
    throw new FormulaError(`it cannot be read: ${(error as Error).message}`)
  }
  const references: string[] = []
  const node = build(tree, known, references)
  return { text, references, evaluate: node }
}

function build(tree: Expression, known: ReadonlySet<string>, refs: string[]): Node {
  switch (tree.type) {
    case 'Literal': {
      const value = typeof tree.raw === 'string' ? q.parseDecimal(tree.raw) : null
      if (!value) throw new FormulaError(`${String(tree.raw)} is not a number`)
      return () => value
    }
    case 'Identifier': {
      const name = tree.name as string
      if (!known.has(name)) throw new FormulaError(`it refers to ${name}, which is not known`)
      if (!refs.includes(name)) refs.push(name)
      return (lookup) => lookup(name)
    }
    case 'UnaryExpression': {
      const argument = build(tree.argument as Expression, known, refs)
      if (tree.operator === '-') return (lookup) => q.neg(argument(lookup))
      if (tree.operator === '+') return argument
      throw new FormulaError(`the operator ${String(tree.operator)} is not allowed`)
    }
    case 'BinaryExpression': {
      const operate = BINARY[tree.operator as string]
      if (!operate) throw new FormulaError(`the operator ${String(tree.operator)} is not allowed`)
      const left = build(tree.left as Expression, known, refs)
      const right = build(tree.right as Expression, known, refs)
      if (tree.operator === '/') refuseConstantZero(tree.right as Expression, right)
      return (lookup) => operate(left(lookup), right(lookup))
    }
    case 'ConditionalExpression': {
      const test = build(tree.test as Expression, known, refs)
      const yes = build(tree.consequent as Expression, known, refs)
      const no = build(tree.alternate as Expression, known, refs)
      return (lookup) => (q.isZero(test(lookup)) ? no(lookup) : yes(lookup))
    }
    case 'CallExpression':
      return buildCall(tree, known, refs)
    default:
      throw new FormulaError(`${tree.type} is not allowed in a formula`)
  }
}

function buildCall(tree: Expression, known: ReadonlySet<string>, refs: string[]): Node {
  const callee = tree.callee as Expression
  const name = callee.type === 'Identifier' ? (callee.name as string) : ''
  const reduce = FUNCTIONS[name]
  if (!reduce) throw new FormulaError(`the function ${name || '(unnamed)'} is not known`)
  const args = (tree.arguments as Expression[]).map((arg) => build(arg, known, refs))
  if (args.length === 0) throw new FormulaError(`${name}() needs at least one value`)
  return (lookup) => args.map((arg) => arg(lookup)).reduce(reduce)
}

/** A divisor that names nothing is a constant: zero there is a mistake whatever the inputs. */
function refuseConstantZero(divisor: Expression, node: Node): void {
  if (namesIn(divisor)) return
  if (q.isZero(node(() => q.ZERO))) throw new FormulaError('it divides by zero')
}

function namesIn(tree: Expression): boolean {
  if (tree.type === 'Identifier') return true
  return Object.values(tree).some((value) =>
    Array.isArray(value)
      ? value.some((item) => isNode(item) && namesIn(item))
      : isNode(value) &&
        (tree.type !== 'CallExpression' || value !== tree.callee) &&
        namesIn(value),
  )
}

const isNode = (value: unknown): value is Expression =>
  typeof value === 'object' && value !== null && 'type' in value
