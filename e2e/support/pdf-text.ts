/**
 * The text of a PDF as Chromium writes it (`page.pdf()`), page by page: a small reader for the
 * handout's test, not a general PDF parser. It reads the objects, inflates Flate streams, maps
 * each font's glyph codes to text through its ToUnicode CMap, and collects the strings shown by
 * Tj and TJ in each page's content.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    let start = (m.index ?? 0) + m[0].indexOf(body) + at + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(start, start + length);
    objects.set(Number(m[1]), {
      dict,
      stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw,
    });
  }
  return objects;
}

/** A ToUnicode CMap: glyph code (hex) → text. */
function readCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set((code ?? '').toUpperCase(), utf16(uni ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, uni] of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const from = Number.parseInt(lo ?? '0', 16);
      const to = Number.parseInt(hi ?? '0', 16);
      const base = Number.parseInt(uni ?? '0', 16);
      for (let c = from; c <= to; c++) {
        map.set(
          c
            .toString(16)
            .toUpperCase()
            .padStart((lo ?? '').length, '0'),
          String.fromCharCode(base + c - from),
        );
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

export function pdfPages(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const text = (n: number | null) => (n === null ? '' : (objects.get(n)?.dict ?? ''));
  const cmapOf = new Map<number, Map<string, string>>();
  const fontCmap = (fontObj: number) => {
    if (!cmapOf.has(fontObj)) {
      const uni = ref(text(fontObj), 'ToUnicode');
      const stream = uni === null ? null : objects.get(uni)?.stream;
      cmapOf.set(fontObj, stream ? readCmap(stream.toString('latin1')) : new Map());
    }
    return cmapOf.get(fontObj) as Map<string, string>;
  };
  const pages: string[] = [];
  for (const [, obj] of objects) {
    if (!/\/Type\s*\/Page\b/.test(obj.dict)) continue;
    const resRef = ref(obj.dict, 'Resources');
    const resources = resRef === null ? obj.dict : text(resRef);
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map(
      [...fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)].map(([, name, n]) => [name, Number(n)]),
    );
    const contents =
      /\/Contents\s*\[([^\]]*)\]/.exec(obj.dict)?.[1] ?? `${ref(obj.dict, 'Contents')} 0 R`;
    let out = '';
    for (const [, n] of contents.matchAll(/(\d+) 0 R/g)) {
      const ops = objects.get(Number(n))?.stream?.toString('latin1') ?? '';
      let cmap = new Map<string, string>();
      for (const m of ops.matchAll(
        /\/(\S+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\(((?:[^)\\]|\\.)*)\)\s*Tj|\b(ET|T\*|Td|TD)\b/g,
      )) {
        if (m[1] !== undefined) {
          const font = fonts.get(m[1]);
          cmap = font === undefined ? new Map() : fontCmap(font);
        } else if (m[5] !== undefined) {
          out += ' ';
        } else {
          const hexes =
            m[2] !== undefined
              ? [...m[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1] ?? '')
              : m[3] !== undefined
                ? [m[3]]
                : [];
          for (const hex of hexes) {
            const width = [...cmap.keys()][0]?.length ?? 4;
            for (let i = 0; i < hex.length; i += width)
              out += cmap.get(hex.slice(i, i + width).toUpperCase()) ?? '';
          }
          if (m[4] !== undefined) out += m[4];
        }
      }
    }
    pages.push(out);
  }
  return pages;
}
