/// <reference types="vite/client" />

// The modules' menu words (vite.config.ts, navWords).
declare module 'virtual:hubline-nav-words/*' {
  const words: Record<string, unknown>;
  export default words;
}
