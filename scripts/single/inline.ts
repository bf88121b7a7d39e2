/**
 * The one-file page made from the built index.html: each script and stylesheet the HTML names is
 * put into it, each file from `public/` it names becomes a `data:` URL, and the CSP allows
 * exactly the scripts and styles it holds, by their hashes.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.pcap': 'application/vnd.tcpdump.pcap',
  '.pcapng': 'application/octet-stream',
  '.har': 'application/json',
  '.woff2': 'font/woff2',
};

/** A file's bytes as a `data:` URL. */
export function dataUrl(path: string, bytes: Uint8Array): string {
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

const hashOf = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Text that can go between <script> and </script> (or <style> and </style>) unchanged: an end
 * tag inside would close the element early, and `<!--` can change how the rest is parsed.
 * Minified code holds neither outside a string, where `<\/` means `</` in both JavaScript and CSS.
 */
export function asElementText(text: string, tag: 'script' | 'style'): string {
  const safe = text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
  if (/<!--/.test(safe))
    throw new Error(`single file: a ${tag} holds "<!--", which HTML would misread`);
  return safe;
}

export interface Files {
  /** A built file by the path the HTML names it with (`./assets/x.js`), or undefined. */
  built(path: string): string | undefined;
  /** A file of `public/` by the path the HTML names it with, or undefined. */
  public(path: string): Uint8Array | undefined;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/** The page with every script, stylesheet and public file it names put into it. */
export function inlineEverything(html: string, files: Files): string {
  const need = (path: string, what: string) => {
    const text = files.built(path);
    if (text === undefined) throw new Error(`single file: ${what} ${path} is not in the build`);
    return text;
  };
  return html
    .replace(/<script\b[^>]*\ssrc="[^"]*"[^>]*><\/script>/gi, (tag) => {
      const src = attr(tag, 'src') ?? '';
      const module = /\stype="module"/i.test(tag) ? ' type="module"' : '';
      return `<script${module}>${asElementText(need(src, 'the script'), 'script')}</script>`;
    })
    .replace(/<link\b[^>]*>/gi, (tag) => {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase();
      const href = attr(tag, 'href') ?? '';
      if (rel === 'stylesheet') {
        return `<style>${asElementText(need(href, 'the stylesheet'), 'style')}</style>`;
      }
      if (rel === 'modulepreload') return '';
      const bytes = files.public(href);
      return bytes ? tag.replace(`href="${href}"`, `href="${dataUrl(href, bytes)}"`) : tag;
    });
}

/** The hash source of every inline script and style of the page, in order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const of = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))]
      .filter((m) => !/\ssrc=/i.test(m[0].slice(0, m[0].indexOf('>'))))
      .map((m) => hashOf(m[1] ?? ''));
  return { scripts: of('script'), styles: of('style') };
}

/**
 * The one file's policy: nothing from anywhere (there is nowhere: the page is the only file),
 * its own scripts and styles by hash, images and fetched data only as `data:` URLs it carries,
 * workers only from the `blob:` URLs it makes of its own code (workers.ts).
 */
export function singleFilePolicy(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  const sources = (hashes: string[]) => (hashes.length > 0 ? hashes.join(' ') : "'none'");
  return [
    "default-src 'none'",
    `script-src ${sources(scripts)}`,
    `style-src ${sources(styles)}`,
    'img-src data:',
    'font-src data:',
    'connect-src data:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its CSP <meta> (there must be one) holding `policy`. */
export function withPolicy(html: string, policy: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;
  if (!meta.test(html)) throw new Error('single file: the page has no CSP <meta> to fill');
  const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return html.replace(
    meta,
    () => `<meta http-equiv="Content-Security-Policy" content="${escaped}">`,
  );
}
