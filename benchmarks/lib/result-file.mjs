// The JSON result benchmarks/run.mjs writes, read back by compare.mjs and render-md.mjs.
import fs from 'node:fs';

/** The `format` field of every result run.mjs writes. */
export const RESULT_FORMAT = 'jobsift-bench';

/**
 * The result saved in `file` (`what` names it in messages: "baseline", "fresh result"...). Throws an Error with a
 * one-line message when the file cannot be read or parsed, or is some other JSON, which would otherwise read as a
 * run that measured nothing.
 */
export function readResultFile(file, what = 'result') {
  let result;
  try {
    result = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the ${what} ${file}: ${err.message}`);
  }
  if (result?.format !== RESULT_FORMAT) throw new Error(`the ${what} ${file} is no result of benchmarks/run.mjs (format "${RESULT_FORMAT}")`);
  return result;
}
