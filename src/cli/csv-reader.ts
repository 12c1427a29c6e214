import { CliError } from './cli-error.js';

/** One CSV record with the line it starts on (1-based). */
export interface CsvRecord {
  fields: string[];
  lineNo: number;
}

/**
 * A streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. Memory is one record.
 * Records end at CRLF, LF or a lone CR; a quoted field keeps its line breaks as written (CRLF stays CRLF, so evidence
 * offsets index the field as the file holds it). Throws a CliError naming the line when a quoted field never ends.
 */
export async function* readCsv(chunks: AsyncIterable<string>, source: string): AsyncGenerator<CsvRecord> {
  let field = '';
  let fields: string[] = [];
  let state: 'field-start' | 'unquoted' | 'quoted' | 'quote-in-quoted' = 'field-start';
  let line = 1;
  let recordLine = 1;
  let first = true;
  // The character before was a CR (in this chunk or at the end of the last): an LF after it ends no further line.
  let afterCr = false;
  for await (let chunk of chunks) {
    // Only the input's first character is a byte-order mark, however the input is cut into chunks.
    if (first && chunk !== '') {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    for (const ch of chunk) {
      const lfOfCrlf = afterCr && ch === '\n';
      afterCr = ch === '\r';
      if (state === 'quoted') {
        if (ch === '"') state = 'quote-in-quoted';
        else {
          if (ch === '\r' || (ch === '\n' && !lfOfCrlf)) line++;
          field += ch;
        }
        continue;
      }
      // The record ended at the CR.
      if (lfOfCrlf && state === 'field-start' && field === '' && fields.length === 0) continue;
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
      } else if (ch === '\n' || ch === '\r') {
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
