// Maps a position in a bundled file back to its source file and line through the bundle's source map (tsup writes
// index.js.map beside index.js), so a profile of dist/ names src/ files.
import fs from 'node:fs';
import path from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const d = DIGIT.get(c);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Returns (line0, column0) => "src/file.ts:line" or null, for a bundle with a .map beside it. */
export function loadSourceMap(bundleFile) {
  const mapFile = `${bundleFile}.map`;
  if (!fs.existsSync(mapFile)) return () => null;
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
  const lines = [];
  let src = 0;
  let origLine = 0;
  for (const lineText of map.mappings.split(';')) {
    const segs = [];
    let genCol = 0;
    if (lineText) {
      for (const s of lineText.split(',')) {
        const f = decodeVlq(s);
        genCol += f[0];
        if (f.length >= 4) {
          // f[3] (original column) is not needed: lines are enough to name the code.
          src += f[1];
          origLine += f[2];
          segs.push([genCol, src, origLine]);
        }
      }
    }
    lines.push(segs);
  }
  const root = path.dirname(mapFile);
  return (line0, col0) => {
    const segs = lines[line0];
    if (!segs || segs.length === 0) return null;
    let best = segs[0];
    for (const s of segs) if (s[0] <= col0) best = s;
    const source = map.sources[best[1]];
    const rel = path.relative(process.cwd(), path.resolve(root, map.sourceRoot ?? '', source));
    return `${rel.replace(/^(?:\.\.\/)+/, '')}:${best[2] + 1}`;
  };
}
