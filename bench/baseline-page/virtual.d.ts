/** Roundtrip's first page as captured by bench/lib/page.ts (a Vite virtual module). */
declare module 'virtual:roundtrip-page' {
  /** An element: tag, attributes as the DOM has them, children; or a text. */
  export type PageNode = string | [string, Record<string, string>, PageNode[]];
  const page: { htmlClass: string; root: PageNode[] };
  export default page;
}
/** Roundtrip's built stylesheet, as it was when the page was captured. */
declare module 'virtual:roundtrip-page.css';
