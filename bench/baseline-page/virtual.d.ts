/** Roundtrip's page at one or more steps, as captured by bench/lib/page.ts (a Vite virtual module). */
declare module 'virtual:roundtrip-page' {
  /** An element: tag, attributes as the DOM has them, children; or a text. */
  export type PageNode = string | [string, Record<string, string>, PageNode[]];
  /** Each scenario's page at each step captured, by scenario id ('' for the first page only). */
  const page: { htmlClass: string; scenarios: Record<string, PageNode[][]> };
  export default page;
}
/** Roundtrip's built stylesheet, as it was when the page was captured. */
declare module 'virtual:roundtrip-page.css';
