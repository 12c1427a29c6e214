/**
 * Makes an instance of one of the library's WebAssembly modules (the tokenizer's loop, the normaliser's plain-text
 * search), each committed as base64 and compiled synchronously on first use (engines allow that for modules under
 * 4 KB on a page's main thread). Null where it cannot run: no WebAssembly, a page whose policy refuses to compile it,
 * an engine without an instruction the module uses (SIMD), or a memory of another size than the caller lays out.
 */
export function instantiateModule<Exports extends { memory: WebAssembly.Memory }>(base64: string, memoryBytes: number): Exports | null {
  try {
    const code = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const exports = new WebAssembly.Instance(new WebAssembly.Module(code)).exports as unknown as Exports;
    return exports.memory.buffer.byteLength === memoryBytes ? exports : null;
  } catch {
    return null;
  }
}
