// Groups a size profile of the wasm by crate:
//   twiggy top -n 1000000 --format csv target/wasm32-unknown-unknown/release/newsline-viewer.wasm \
//     | node tools/wasm-size-by-crate.mjs [N]
// (or any wasm with a names section). Each item goes to the crate its name starts with; for a
// trait method `<T as Trait>::f` that is T's crate (generic code counts where it is defined,
// not where it is used). The names section and wasm-bindgen's custom section, which do not
// ship, are left out. Prints the N (default 25) largest groups with their share.
import { readFileSync } from 'node:fs';

const rows = readFileSync(0, 'utf8').trim().split('\n').slice(1);
const top = Number(process.argv[2] ?? 25);

// One CSV line of twiggy's: fields in double quotes may hold commas and doubled quotes.
function fields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { field += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { out.push(field); field = ''; }
    else field += c;
  }
  out.push(field);
  return out;
}

const PRIMITIVE = /^(str|char|bool|u8|u16|u32|u64|usize|i8|i16|i32|i64|isize|f32|f64)\b/;

// The crate a path starts with ("core[c5930c85a12de822]::fmt" → core). For `<T as Trait>::f`
// the implementing type's crate, or the trait's when the type is generic or primitive.
function crateOf(name) {
  const plain = name.replace(/\[[0-9a-f]{16}\]/g, '');
  const impl = plain.match(/^<(.+?) as ([A-Za-z_][\w]*)::/);
  let subject = impl ? impl[1] : plain.replace(/^<+/, '');
  subject = subject.replace(/^(&|mut |dyn |\[|\(|<)+/g, '');
  const path = subject.match(/^([a-z_][\w]*)::/);
  if (path) return path[1];
  if (impl) return impl[2];
  if (PRIMITIVE.test(subject)) return 'core/alloc (methods of primitives)';
  return 'other';
}

function group(name) {
  if (/^data segment/.test(name)) return 'data segments (corpus text, strings, tables)';
  if (/subsection|custom section/.test(name)) return null; // names and wasm-bindgen's section: not shipped
  if (/^(type|import|export|elem|table|memory|global)\b|^\w+\[\d+\]$/.test(name)) return 'wasm sections (types, imports, exports, tables)';
  if (/^(__wbindgen|__wbg|__externref)/.test(name)) return 'wasm_bindgen';
  // Closure shims, with the bodies of the closures they call inlined (view code mostly).
  if (/^core(\[[0-9a-f]+\])?::ops::function::/.test(name)) return 'closures (core::ops::function shims)';
  if (/^core(\[[0-9a-f]+\])?::ptr::drop_in_place/.test(name)) return 'drop glue (core::ptr::drop_in_place)';
  return crateOf(name);
}

const groups = new Map();
let total = 0;
for (const row of rows) {
  const [name, shallow] = fields(row);
  const size = Number(shallow);
  const g = group(name);
  if (!Number.isFinite(size) || g === null) continue;
  total += size;
  const entry = groups.get(g) ?? { size: 0, items: 0 };
  entry.size += size;
  entry.items += 1;
  groups.set(g, entry);
}
const sorted = [...groups].sort((a, b) => b[1].size - a[1].size);
console.log(`| crate or kind | bytes | share | items |`);
console.log(`|---|---:|---:|---:|`);
for (const [name, { size, items }] of sorted.slice(0, top)) {
  console.log(`| ${name} | ${size.toLocaleString('en')} | ${((100 * size) / total).toFixed(1)} % | ${items} |`);
}
const rest = sorted.slice(top).reduce((s, [, g]) => s + g.size, 0);
if (rest) console.log(`| the ${sorted.length - top} other groups | ${rest.toLocaleString('en')} | ${((100 * rest) / total).toFixed(1)} % | |`);
console.log(`| total | ${total.toLocaleString('en')} | 100 % | |`);
