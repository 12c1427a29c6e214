import { CliError } from './cli-error.js';

/** One CSV record with the line it starts on (1-based). */
export interface CsvRecord {
  fields: string[];
  lineNo: number;
}

/** Chunks with CRLF and lone CR turned into LF; a CR at a chunk's end waits for the next chunk. */
async function* lfChunks(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of chunks) {
    let text = carry + chunk;
    carry = '';
    if (text.endsWith('\r')) {
      carry = '\r';
      text = text.slice(0, -1);
    }
    yield text.replace(/\r\n?/g, '\n');
  }
  if (carry) yield '\n';
}

/**
 * A streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. Memory is one record.
 * Throws a CliError naming the line when a quoted field never ends.
 */
export async function* readCsv(chunks: AsyncIterable<string>, source: string): AsyncGenerator<CsvRecord> {
  let field = '';
  let fields: string[] = [];
  let state: 'field-start' | 'unquoted' | 'quoted' | 'quote-in-quoted' = 'field-start';
  let line = 1;
  let recordLine = 1;
  let first = true;
  for await (let chunk of lfChunks(chunks)) {
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    for (const ch of chunk) {
      if (state === 'quoted') {
        if (ch === '"') state = 'quote-in-quoted';
        else {
          if (ch === '\n') line++;
          field += ch;
        }
        continue;
      }
      if (state === 'quote-in-quoted') {
        if (ch === '"') {
          field += '"';
          state = 'quoted';
          continue;
        }
        state = 'unquoted'; // the field's closing quote; anything after it is read as plain text
      }
      if (ch === '"' && state === 'field-start') {
        state = 'quoted';
      } else if (ch === ',') {
        fields.push(field);
        field = '';
        state = 'field-start';
      } else if (ch === '\n') {
        fields.push(field);
        if (!(fields.length === 1 && fields[0] === '')) yield { fields, lineNo: recordLine };
        fields = [];
        field = '';
        state = 'field-start';
        recordLine = ++line;
      } else {
        field += ch;
        state = 'unquoted';
      }
    }
  }
  if (state === 'quoted') throw new CliError(`${source}:${recordLine}: a quoted CSV field never ends`);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { fields, lineNo: recordLine };
  }
}
