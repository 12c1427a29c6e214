/** The text of src/taxonomy/tokenize-wasm.ts for src/taxonomy/tokenize.wat as it stands. */
export function generatedModule(): Promise<string>;
