/**
 * The normaliser's search for the characters its fold loop must look at, in a plain-text input, read by a WebAssembly
 * module (plain-scan.wat) from the input's UTF-8 bytes instead of by a regular expression from its characters: less
 * than half the time. Without WebAssembly (or its SIMD instructions), for short inputs and for inputs too long for the
 * module's memory, the normaliser keeps its regular expression: the same positions.
 *
 * The module's memory also takes the normalised text's bytes while every character written is ASCII (most postings:
 * curly quotes and bullets fold to ASCII), copied from the input's bytes: decoded, they make the text one byte a
 * character without joining its parts first and encoding them again.
 */

import { instantiateModule } from '../wasm-module.js';
import { PLAIN_SCAN_WASM } from './plain-scan-wasm.js';

interface PlainScanExports {
  memory: WebAssembly.Memory;
  nextNotPlain(from: number, end: number): number;
}

/**
 * Inputs shorter than this keep the regular expression: encoding them and calling into the module cost more than it
 * saves there (the two are even at ~64 characters: ~200 ns a call either way).
 */
export const PLAIN_SCAN_MIN_CHARS = 64;
/** The module's memory (plain-scan.wat's (memory 8)): the input's bytes in the first half, the output's in the other. */
const MEMORY_BYTES = 8 * 65536;
/** An input whose UTF-8 bytes take more keeps the regular expression. */
export const INPUT_ROOM = MEMORY_BYTES / 2;
const OUTPUT_AT = INPUT_ROOM;
/**
 * A text longer than this is joined from its parts instead. Never so far: no fold writes more characters than the
 * bytes it replaces, so the output's bytes fit where the input's did (the check guards future folds; tests lower
 * the room to reach it, see `allowWasmPlainScan`).
 */
const OUTPUT_ROOM = MEMORY_BYTES - OUTPUT_AT;

/**
 * The search of the input whose bytes the module's memory holds: how many there are, and a place where a character
 * and its first byte are known (`char`, `byte`). Every character between that place and the position asked is read
 * from the input to find its byte. One object for every input, as there is one memory: one search at a time (the
 * normaliser is synchronous and calls out to nothing).
 */
export interface PlainScan {
  char: number;
  byte: number;
  /** The input's bytes, all of them (an input that does not fit is not scanned here). */
  written: number;
}

interface Module {
  exports: PlainScanExports;
  bytes: Uint8Array;
  input: Uint8Array;
  scan: PlainScan;
}

/** Undefined until the first input that may be scanned, null where the module cannot run. */
let module: Module | null | undefined;
let allowed = true;
let minChars = PLAIN_SCAN_MIN_CHARS;
let outputRoom = OUTPUT_ROOM;
let lastScan: 'wasm' | 'regex' = 'regex';
let scansStarted = 0;
let lastDecoded = false;
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;
const decoder = typeof TextDecoder === 'function' ? new TextDecoder() : null;

function makeModule(): Module | null {
  if (encoder === null || decoder === null) return null;
  const exports = instantiateModule<PlainScanExports>(PLAIN_SCAN_WASM, MEMORY_BYTES);
  if (exports === null) return null;
  const bytes = new Uint8Array(exports.memory.buffer);
  return { exports, bytes, input: bytes.subarray(0, INPUT_ROOM), scan: { char: 0, byte: 0, written: 0 } };
}

/**
 * Writes `input`'s bytes into the module's memory and returns the search over them, or null when the module is not to
 * read it (see the header): the caller then searches with its regular expression. One search at a time: the next
 * call reuses the memory and the object.
 */
export function startPlainScan(input: string): PlainScan | null {
  lastScan = 'regex';
  lastDecoded = false;
  if (input.length < minChars || input.length > INPUT_ROOM || !allowed) return null;
  if (module === undefined) module = makeModule();
  if (module === null) return null;
  const { read, written } = encoder!.encodeInto(input, module.input);
  if (read !== input.length) return null;
  const scan = module.scan;
  scan.char = 0;
  scan.byte = 0;
  scan.written = written;
  lastScan = 'wasm';
  scansStarted++;
  return scan;
}

/**
 * The first position at or after `i` whose character is not plain printable ASCII or a line break (a control
 * character, "&", DEL, or anything past ASCII), or the input's length. `input`: the text given to `startPlainScan`.
 * Fast when `i` is at most a few characters past the last position returned, as the fold loop asks; correct for any
 * `i`.
 */
export function nextNotPlainIn(scan: PlainScan, input: string, i: number): number {
  if (i >= input.length) return input.length;
  let char = scan.char;
  let byte = scan.byte;
  if (i < char) char = byte = 0;
  // UTF-8 writes a character below 0x80 in one byte, below 0x800 in two, a surrogate pair in four and any other code
  // (a lone surrogate too, as U+FFFD) in three.
  while (char < i) {
    const code = input.charCodeAt(char);
    if (code < 0x80) byte += 1;
    else if (code < 0x800) byte += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(input.charCodeAt(char + 1))) {
      // `i` falls between the two halves of a pair: the low half is no plain character.
      if (char + 1 === i) return i;
      byte += 4;
      char++;
    } else byte += 3;
    char++;
  }
  const found = module!.exports.nextNotPlain(byte, scan.written);
  // Every byte passed over is a plain character, one byte each (so at the end `char` is the input's length).
  scan.char = char + (found - byte);
  scan.byte = found;
  return scan.char;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Copies the bytes of input[from, to) to the output's byte `at`: characters that are all ASCII, and so are all those
 * between them and the last position the search returned (the fold loop copies the plain run before a position
 * found, or the character found). False, with nothing copied, past the output's room.
 */
export function copyToOutput(scan: PlainScan, from: number, to: number, at: number): boolean {
  if (at + (to - from) > outputRoom) return false;
  const byte = scan.byte + (from - scan.char);
  module!.bytes.copyWithin(OUTPUT_AT + at, byte, byte + (to - from));
  return true;
}

/** Writes `ascii` (characters below 0x80 only) to the output's byte `at`; false, with nothing written, past its room. */
export function writeToOutput(ascii: string, at: number): boolean {
  if (at + ascii.length > outputRoom) return false;
  const bytes = module!.bytes;
  for (let k = 0; k < ascii.length; k++) bytes[OUTPUT_AT + at + k] = ascii.charCodeAt(k);
  return true;
}

/** The output's first `length` bytes (ASCII) as a string, which V8 then stores one byte a character. */
export function outputText(length: number): string {
  lastDecoded = true;
  return decoder!.decode(module!.bytes.subarray(OUTPUT_AT, OUTPUT_AT + length));
}

/**
 * Whether plain-text inputs may be searched by the module (the default), from how many characters on
 * (PLAIN_SCAN_MIN_CHARS), and how many bytes of output it may take (all its half of the memory): false keeps every
 * input on the regular expression. For tests that compare the two. Returns the previous setting.
 */
export function allowWasmPlainScan(
  allow: boolean,
  fromChars = PLAIN_SCAN_MIN_CHARS,
  outputBytes = OUTPUT_ROOM,
): { allowed: boolean; minChars: number; outputBytes: number } {
  const was = { allowed, minChars, outputBytes: outputRoom };
  allowed = allow;
  minChars = fromChars;
  outputRoom = Math.min(outputBytes, OUTPUT_ROOM);
  return was;
}

/** Which search the last `startPlainScan` chose. */
export const lastPlainScan = (): 'wasm' | 'regex' => lastScan;
/** How many inputs the module has searched (for tests). */
export const plainScansStarted = (): number => scansStarted;
/** Whether the text normalised since the last `startPlainScan` was decoded from the output's bytes (for tests). */
export const lastOutputDecoded = (): boolean => lastDecoded;

/** Whether the module is available here (made on the first call). */
export function wasmPlainScanAvailable(): boolean {
  if (module === undefined) module = makeModule();
  return module !== null;
}
