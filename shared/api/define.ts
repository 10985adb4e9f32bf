import type { z } from 'zod';
import type { ErrorCode } from './errors';

/** One operation of the API: what it takes, what it gives, which errors it may return. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, E extends ErrorCode = ErrorCode> {
  input: I;
  /**
   * A quicker check giving exactly what `input` gives, for a method whose input can be large (a plan
   * change of 20,000 booths); undefined hands the input to `input`, which gives the errors.
   */
  fastInput?: (input: unknown) => z.output<I> | undefined;
  output: O;
  errors: readonly E[];
}

/** Declares a method; the identity function exists so each spec keeps its precise types. */
export function method<I extends z.ZodType, O extends z.ZodType, E extends ErrorCode>(spec: MethodSpec<I, O, E>): MethodSpec<I, O, E> {
  return spec;
}

export type ContractShape = Record<string, MethodSpec>;

/** What the renderer calls: one async function per method, typed by the contract. */
export type ClientOf<C extends ContractShape> = {
  [K in keyof C]: (input: z.input<C[K]['input']>) => Promise<z.output<C[K]['output']>>;
};

/** What the main process implements: the compiler rejects a missing or mistyped handler. */
export type HandlersOf<C extends ContractShape, Ctx> = {
  [K in keyof C]: (input: z.output<C[K]['input']>, ctx: Ctx) => z.input<C[K]['output']> | Promise<z.input<C[K]['output']>>;
};
