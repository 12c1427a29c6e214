/** The library's WebAssembly modules: each one's .wat, the file generated from it, and the constant that holds it. */
export const MODULES: Record<'tokenize' | 'plain-scan', { wat: string; out: string; constant: string }>;
/** The text of a module's generated file (src/taxonomy/tokenize-wasm.ts by default) for its .wat as it stands. */
export function generatedModule(name?: 'tokenize' | 'plain-scan'): Promise<string>;
