/** Splits a stream of text chunks into lines (LF or CRLF) with 1-based line numbers; memory is one line. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: string; lineNo: number }> {
  let carry = '';
  let lineNo = 0;
  for await (const chunk of chunks) {
    const text = carry + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { line: text.slice(start, end), lineNo: ++lineNo };
      start = nl + 1;
    }
    carry = text.slice(start);
  }
  if (carry !== '') yield { line: carry.endsWith('\r') ? carry.slice(0, -1) : carry, lineNo: ++lineNo };
}
