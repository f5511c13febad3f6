// Files imported as text (Vite's `?raw`; the standalone training build does the same with an esbuild plugin).
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
