import type { z } from 'zod'

/** The same shape as the contract's procedures, for module contracts spread into it. */
export interface ModuleProcedure<I extends z.ZodType, O> {
  input: I
  permission: 'read' | 'write' | 'admin'
  /** Phantom: carries the output type for the client. Never read at run time. */
  output?: O
}

export function procedure<O>() {
  return <I extends z.ZodType>(
    input: I,
    permission: 'read' | 'write' | 'admin',
  ): ModuleProcedure<I, O> => ({ input, permission })
}
